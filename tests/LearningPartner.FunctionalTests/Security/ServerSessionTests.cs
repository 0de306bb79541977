using System.Net;
using System.Text.RegularExpressions;
using LearningPartner.FunctionalTests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Security;

/// <summary>
/// Issue 20, break 3 (ASVS 5.0 7.4.1): a session has a server-side record shared by every instance. A session cookie copied
/// before sign-out — replayed by hand here, as an attacker would — is refused afterwards on every instance; staff end a user's
/// sessions; removing a partner user's link ends theirs. Before the fix the copied cookie kept opening staff pages.
/// </summary>
public sealed partial class ServerSessionTests : IDisposable
{
    private const string ContosoAdminObjectId = "5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a01";
    private const string ContosoUserObjectId = "5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a02";

    private readonly PortalFactory _first = new();
    private readonly PortalFactory _second;

    public ServerSessionTests()
    {
        _ = _first.Server;
        _second = PortalFactory.SharingDatabaseWith(_first);
    }

    [Fact]
    public async Task ACookieCopiedBeforeSignOutIsRefusedAfterItOnEveryInstance()
    {
        var copied = await SignInAsync(_first, Personas.Support);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(_first, copied, "/staff/payments"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(_second, copied, "/staff/payments")); // the other instance opens it too

        await SignOutAsync(_first, copied);

        Assert.Equal(HttpStatusCode.Redirect, await StatusAsync(_first, copied, "/staff/payments"));
        Assert.Equal(HttpStatusCode.Redirect, await StatusAsync(_second, copied, "/staff/payments"));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(_second, copied, "/api/v1/partners/4100001/kpi-report"));
    }

    [Fact]
    public async Task SigningOutEndsOnlyThatSession()
    {
        var laptop = await SignInAsync(_first, Personas.ContosoAdmin);
        var phone = await SignInAsync(_first, Personas.ContosoAdmin);

        await SignOutAsync(_first, laptop);

        Assert.Equal(HttpStatusCode.Redirect, await StatusAsync(_first, laptop, "/partners/4100001"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(_first, phone, "/partners/4100001"));
    }

    [Fact]
    public async Task StaffEndEverySessionOfAUserAndTheAuditTrailSaysWho()
    {
        var laptop = await SignInAsync(_first, Personas.ContosoAdmin);
        var phone = await SignInAsync(_second, Personas.ContosoAdmin);
        using var support = await _first.SignedInClientAsync(Personas.Support);

        var before = WebUtility.HtmlDecode(await support.GetStringAsync("/staff/sessions"));
        using var ended = await support.PostFormAsync("/staff/sessions", $"/staff/sessions/{ContosoAdminObjectId}/end");
        var after = WebUtility.HtmlDecode(await support.GetStringAsync("/staff/sessions"));

        Assert.Matches($"<tr data-user=\"{ContosoAdminObjectId}\">\\s*<td>Avery Chen</td>\\s*<td><code>{ContosoAdminObjectId}</code></td>\\s*<td class=\"num\">2</td>",
            before);
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.DoesNotContain(ContosoAdminObjectId, after);
        Assert.Contains("The user's sessions were ended: they must sign in again.", after);
        Assert.Equal(HttpStatusCode.Redirect, await StatusAsync(_first, laptop, "/partners/4100001"));
        Assert.Equal(HttpStatusCode.Redirect, await StatusAsync(_second, phone, "/partners/4100001"));
        Assert.Equal(HttpStatusCode.OK, (await support.GetAsync("/staff/payments")).StatusCode); // staff's own session goes on
        var audit = await _first.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == "UserSessionsEnded").Select(e => e.EntityId).ToListAsync());
        Assert.Equal([ContosoAdminObjectId], audit);
    }

    [Fact]
    public async Task RemovingAPartnerUsersLinkEndsTheirSessions()
    {
        var user = await SignInAsync(_first, Personas.ContosoUser);
        using var support = await _first.SignedInClientAsync(Personas.Support);
        var linkId = await _first.WithDbAsync(db => db.PartnerUsers.Where(u => u.ObjectId == ContosoUserObjectId).Select(u => u.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(_first, user, "/resources"));

        using var removed = await support.PostFormAsync("/staff/partner-users", $"/staff/partner-users/{linkId}/remove", ("Unlink.Reason", "Left the company"));

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        // Signed out, not just without data: the dashboard sends them to sign in again.
        Assert.StartsWith("/account/sign-in", LocalPath(await GetAsync(_second, user, "/dashboard")));
        Assert.Equal(1, await _first.WithDbAsync(db => db.SignInSessions.CountAsync(s => s.ObjectId == ContosoUserObjectId && s.EndReason != null)));
    }

    [Fact]
    public async Task AForgedOrUnknownSessionKeyIsRefused()
    {
        var cookie = await SignInAsync(_first, Personas.Support);
        await _first.WithDbAsync(db => db.SignInSessions.ExecuteDeleteAsync()); // the server no longer knows the session

        Assert.Equal(HttpStatusCode.Redirect, await StatusAsync(_first, cookie, "/staff/payments"));
    }

    public void Dispose()
    {
        _second.Dispose();
        _first.Dispose();
    }

    /// <summary>Signs in through the sign-in form and returns the session cookie as a header value, as a copy of it would be.</summary>
    private static async Task<string> SignInAsync(PortalFactory factory, string persona)
    {
        using var client = RawClient(factory);
        using var page = await client.GetAsync("/account/sign-in");
        var antiforgery = Cookies(page).Single(c => c.StartsWith("LearningPartner.Antiforgery=", StringComparison.Ordinal));
        var token = Token().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in")
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("persona", persona), new("returnUrl", "/dashboard")]),
        };
        request.Headers.Add("Cookie", antiforgery);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Cookies(response).Single(c => c.StartsWith("LearningPartner.Session=", StringComparison.Ordinal));
    }

    private static async Task SignOutAsync(PortalFactory factory, string session)
    {
        using var client = RawClient(factory);
        using var page = await SendAsync(client, HttpMethod.Get, "/resources", session);
        var antiforgery = Cookies(page).Single(c => c.StartsWith("LearningPartner.Antiforgery=", StringComparison.Ordinal));
        var token = Token().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/sign-out")
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]),
        };
        request.Headers.Add("Cookie", $"{session}; {antiforgery}");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task<HttpStatusCode> StatusAsync(PortalFactory factory, string session, string url)
    {
        using var response = await GetAsync(factory, session, url);
        return response.StatusCode;
    }

    private static Task<HttpResponseMessage> GetAsync(PortalFactory factory, string session, string url) =>
        SendAsync(RawClient(factory), HttpMethod.Get, url, session);

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string session)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add("Cookie", session);
        return client.SendAsync(request);
    }

    private static string LocalPath(HttpResponseMessage response)
    {
        var location = response.Headers.Location!;
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    /// <summary>A client that keeps no cookies: each request carries exactly the cookie the test gives it.</summary>
    private static HttpClient RawClient(PortalFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private static IEnumerable<string> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : [];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
