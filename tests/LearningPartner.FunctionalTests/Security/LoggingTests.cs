using System.Net;
using LearningPartner.FunctionalTests.Support;

namespace LearningPartner.FunctionalTests.Security;

/// <summary>
/// Issue 11 (ASVS V16): failed sign-ins and refused authorizations are logged; what a user types cannot forge a log line;
/// no cookie, token or query string reaches the logs.
/// </summary>
public sealed class LoggingTests : IDisposable
{
    private readonly LogCapture _logs = new();
    private readonly PortalFactory _factory;

    public LoggingTests() =>
        _factory = new PortalFactory().WithSetting("Serilog:MinimumLevel:Default", "Information").CapturingLogs(_logs);

    [Fact]
    public async Task AFailedSignInIsLoggedAndItsTextCannotForgeALine()
    {
        using var client = _factory.CreatePortalClient();

        var response = await client.PostFormAsync("/account/sign-in", "/account/sign-in",
            ("persona", "nobody\r\n[12:00:00 INF] Signed in as support"), ("returnUrl", "/"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var line = Assert.Single(_logs.Lines(), l => l.Contains("Sign-in refused", StringComparison.Ordinal));
        Assert.Contains("nobody\\r\\n[12:00:00 INF] Signed in as support", line);
        Assert.DoesNotContain('\n', line);
        Assert.DoesNotContain('\r', line);
    }

    [Fact]
    public async Task RefusedAuthorizationsAreLoggedWithWhoAndWhere()
    {
        using var user = await _factory.SignedInClientAsync(Personas.ContosoUser);
        using var fabrikam = await _factory.SignedInClientAsync(Personas.FabrikamAdmin);
        using var anonymous = _factory.CreatePortalClient();

        await user.GetAsync("/staff/payments"); // a partner user on a staff page
        await fabrikam.GetAsync("/partners/4100001/kpis"); // another organisation's page
        await anonymous.GetAsync("/partners/4100001%0D%0AForged/kpis"); // not signed in, with a line break in the path

        var lines = _logs.Lines().Where(l => l.Contains("Authorization refused", StringComparison.Ordinal)).ToList();
        Assert.Contains(lines, l => l.Contains("forbidden", StringComparison.Ordinal) && l.Contains("/staff/payments", StringComparison.Ordinal)
                                    && l.Contains("5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a02", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("(another organisation)", StringComparison.Ordinal) && l.Contains("/partners/4100001/kpis", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("not signed in", StringComparison.Ordinal) && l.Contains("4100001\\r\\nForged/kpis", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.DoesNotContain('\n', l));
    }

    [Fact]
    public async Task AnInvitationLinksTokenNeverReachesTheLogs()
    {
        // R-ORG-2: the demo's open invitation (its token is public demo data), opened signed out and signed in.
        const string Token = "demo-invitation-jordan-lee-contoso-learning";
        using var anonymous = _factory.CreatePortalClient();
        using var user = await _factory.SignedInClientAsync(Personas.ContosoUser);

        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync($"/invitations/{Token}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync($"/invitations/{Token}")).StatusCode);

        var lines = _logs.Lines();
        Assert.Contains(lines, l => l.Contains("\"GET\" \"/invitations/{token}\" responded 200", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Authorization refused", StringComparison.Ordinal) && l.Contains("/invitations/{token}", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task NoCookieTokenOrQueryStringReachesTheLogs()
    {
        using var client = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        var token = await client.GetAntiforgeryTokenAsync("/partners/4100001/cases/new");

        await client.GetAsync("/partners/4100001/kpis?access_token=SECRET-TOKEN-1&code=SECRET-CODE-2");
        await client.GetAsync("/staff/payments?id_token=SECRET-TOKEN-3"); // refused, so logged at warning level
        await client.PostAsync("/partners/4100001/cases", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Case.Description"] = "SECRET-FORM-4",
        }));

        var all = string.Join("\n", _logs.Lines());
        Assert.NotEmpty(_logs.Lines());
        foreach (var secret in new[] { "SECRET-TOKEN-1", "SECRET-CODE-2", "SECRET-TOKEN-3", "SECRET-FORM-4", token, "LearningPartner.Session=" })
        {
            Assert.DoesNotContain(secret, all);
        }
    }

    public void Dispose() => _factory.Dispose();
}
