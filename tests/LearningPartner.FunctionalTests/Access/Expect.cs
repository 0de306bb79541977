namespace LearningPartner.FunctionalTests.Access;

/// <summary>What a persona should get from a route.</summary>
public enum Expect
{
    /// <summary>200 with the page.</summary>
    Ok,

    /// <summary>302 to the sign-in page (anonymous).</summary>
    SignIn,

    /// <summary>401 without a redirect (the JSON API, anonymous).</summary>
    Unauthorized,

    /// <summary>302 to the access-denied page (signed in, wrong role).</summary>
    Denied,

    /// <summary>404: another organisation's id, or no such object.</summary>
    NotFound,

    /// <summary>302 to the route's own landing page for that persona.</summary>
    Redirect,

    /// <summary>500 with the friendly error page (the error page itself).</summary>
    ServerError,

    /// <summary>A form post that reached its action: neither sent to sign in, nor denied, nor 404, nor 401/403.</summary>
    Reached,
}
