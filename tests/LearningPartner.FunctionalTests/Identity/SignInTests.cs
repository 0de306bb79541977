using System.Net;
using LearningPartner.FunctionalTests.Support;

namespace LearningPartner.FunctionalTests.Identity;

public sealed class SignInTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AnonymousUserIsSentToSignInAndComesBackAfterwards()
    {
        using var client = factory.CreatePortalClient();

        using var challenge = await client.GetAsync("/partners/4100001");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.Equal("/account/sign-in?ReturnUrl=%2Fpartners%2F4100001", challenge.Headers.Location?.OriginalString);

        using var signIn = await client.PostFormAsync("/account/sign-in?ReturnUrl=%2Fpartners%2F4100001", "/account/sign-in",
            ("persona", Personas.ContosoAdmin), ("returnUrl", "/partners/4100001"));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/partners/4100001", signIn.Headers.Location?.OriginalString);

        var page = await client.GetStringAsync("/partners/4100001");
        Assert.Contains("Contoso Learning Ltd", page);
        Assert.Contains("Avery Chen", page);
    }

    [Theory]
    [InlineData("https://evil.example/steal")]
    [InlineData("//evil.example/steal")]
    public async Task SignInNeverRedirectsOffSite(string returnUrl)
    {
        using var client = factory.CreatePortalClient();

        using var response = await client.PostFormAsync("/account/sign-in", "/account/sign-in",
            ("persona", Personas.Support), ("returnUrl", returnUrl));

        Assert.Equal("/dashboard", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task UnknownPersonaIsRefused()
    {
        using var client = factory.CreatePortalClient();

        using var response = await client.PostFormAsync("/account/sign-in", "/account/sign-in", ("persona", "root"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/dashboard")).StatusCode);
    }

    [Fact]
    public async Task SignOutEndsTheSession()
    {
        using var client = await factory.SignedInClientAsync(Personas.ContosoUser);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/partners/4100001")).StatusCode);

        using var signOut = await client.PostFormAsync("/partners/4100001", "/account/sign-out");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        using var after = await client.GetAsync("/partners/4100001");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/sign-in", after.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SessionCookieIsHttpOnlyAndLax()
    {
        using var client = factory.CreatePortalClient();
        var token = await client.GetAntiforgeryTokenAsync("/account/sign-in");

        using var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["persona"] = Personas.ContosoUser,
            ["__RequestVerificationToken"] = token,
        }));

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("LearningPartner.Session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
