using System.Net;
using LearningPartner.FunctionalTests.Support;

namespace LearningPartner.FunctionalTests.Platform;

/// <summary>
/// Issue 12: two portal instances listening on two real loopback ports (Kestrel) over one database, as behind a load
/// balancer without sticky sessions: one browser's cookie jar goes to either. Signed in on one, the user is signed in
/// on the other; a form from one is accepted by the other.
/// </summary>
public sealed class TwoPortsTests : IDisposable
{
    private readonly PortalFactory _first = new();
    private readonly PortalFactory _second;
    private readonly CookieContainer _browser = new();

    public TwoPortsTests()
    {
        _first.UseKestrel(0);
        _first.StartServer(); // migrates, seeds and creates the key ring
        _second = PortalFactory.SharingDatabaseWith(_first);
        _second.UseKestrel(0);
        _second.StartServer();
    }

    [Fact]
    public async Task ASessionAndAFormFromOneInstanceWorkOnTheOther()
    {
        using var a = Client(_first);
        using var b = Client(_second);
        Assert.NotEqual(a.BaseAddress!.Port, b.BaseAddress!.Port);

        // The sign-in page comes from A, the persona's button is answered by B.
        var token = await a.GetAntiforgeryTokenAsync("/account/sign-in");
        using var signIn = await b.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["persona"] = Personas.ContosoAdmin,
            ["returnUrl"] = "/dashboard",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        // A knows the session B started.
        using var overview = await a.GetAsync("/partners/4100001");
        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
        Assert.Contains("Contoso", WebUtility.HtmlDecode(await overview.Content.ReadAsStringAsync()));

        // A form served by B is posted to A: its antiforgery token is accepted and the change is made once, visible on B.
        var examToken = await b.GetAntiforgeryTokenAsync("/partners/4100001/exams");
        using var added = await a.PostAsync("/partners/4100001/exams", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["NewExamPass.ExamCode"] = "AZ-900",
            ["NewExamPass.PersonName"] = "Two Ports",
            ["NewExamPass.PassedOn"] = "2026-10-01",
            ["NewExamPass.EvidenceLink"] = "https://learn.microsoft.com/en-us/users/li-wei/transcript/abc123",
            ["__RequestVerificationToken"] = examToken,
        }));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Two Ports", await b.GetStringAsync("/partners/4100001/exams"));

        // Signed out on B: A no longer knows the user either (the cookie is gone from the browser).
        var signOutToken = await b.GetAntiforgeryTokenAsync("/partners/4100001");
        using var signOut = await b.PostAsync("/account/sign-out", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = signOutToken,
        }));
        using var after = await a.GetAsync("/partners/4100001");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    public void Dispose()
    {
        _second.Dispose();
        _first.Dispose();
    }

    /// <summary>A client of one instance that shares the browser's cookie jar (cookies belong to the host, not the port).</summary>
    private HttpClient Client(PortalFactory instance) =>
        new(new HttpClientHandler { CookieContainer = _browser, AllowAutoRedirect = false }) { BaseAddress = instance.ClientOptions.BaseAddress };
}
