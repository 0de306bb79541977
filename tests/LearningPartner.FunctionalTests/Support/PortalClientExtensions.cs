using System.Net;
using System.Text.RegularExpressions;

namespace LearningPartner.FunctionalTests.Support;

/// <summary>Browser-like helpers: read a page's antiforgery token, post forms, sign in as a persona.</summary>
public static partial class PortalClientExtensions
{
    public static async Task<string> GetAntiforgeryTokenAsync(this HttpClient client, string pageUrl)
    {
        var html = await client.GetStringAsync(pageUrl);
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"No antiforgery token on {pageUrl}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Posts a form the way a browser does: with the token of the page the form is on.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, string actionUrl,
        IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await client.GetAntiforgeryTokenAsync(pageUrl);
        var all = fields.Append(new KeyValuePair<string, string>("__RequestVerificationToken", token));
        return await client.PostAsync(actionUrl, new FormUrlEncodedContent(all));
    }

    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, string actionUrl,
        params (string Name, string Value)[] fields) =>
        client.PostFormAsync(pageUrl, actionUrl, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    public static async Task SignInAsync(this HttpClient client, string persona)
    {
        var response = await client.PostFormAsync("/account/sign-in", "/account/sign-in",
            ("persona", persona), ("returnUrl", "/dashboard"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/dashboard", response.Headers.Location?.OriginalString);
    }

    public static async Task<HttpClient> SignedInClientAsync(this PortalFactory factory, string? persona)
    {
        var client = factory.CreatePortalClient();
        if (persona is not null)
        {
            await client.SignInAsync(persona);
        }

        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
