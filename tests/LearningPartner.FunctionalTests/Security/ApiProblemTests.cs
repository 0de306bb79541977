using System.Net;
using System.Text.Json;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Security;

/// <summary>
/// Issue 20, break 7: every /api/* answer of 401, 403, 404, 405, 422 and 429 is application/problem+json with a title and
/// the status — also when the client (a browser) asks for HTML. Before the fix 401, 403, 405 and an unknown API address
/// re-executed the HTML error page, and 429 was plain text.
/// </summary>
public sealed class ApiProblemTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    public ApiProblemTests() =>
        _factory.WithSetting("RateLimits:Directory:PermitLimit", "1").WithSetting("RateLimits:Directory:WindowSeconds", "600");

    public static TheoryData<string?, string, string, int, string> Answers() => new()
    {
        // persona, method, address, expected status, its title
        { null, "GET", "/api/v1/partners/4100001/kpi-report", 401, "Unauthorized" },
        { Personas.ContosoUser, "GET", "/api/v1/partners/4100001/eligibility", 403, "Forbidden" }, // no longer linked to a partner
        { Personas.ContosoAdmin, "GET", "/api/v1/partners/4100002/kpi-report", 404, "Not Found" }, // another organisation
        { Personas.ContosoAdmin, "GET", "/api/v1/no-such-thing", 404, "Not Found" },
        { null, "GET", "/api/v1/directory/no-such-thing", 404, "Not Found" },
        { null, "POST", "/api/v1/directory", 405, "Method Not Allowed" },
        { Personas.ContosoAdmin, "GET", "/api/v1/partners/4100001/eligibility?asOf=2023-10-01", 422, "No rule set covers this date." },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task AnApiErrorIsAProblemEvenWhenTheClientAsksForHtml(string? persona, string method, string url, int status, string title)
    {
        using var client = persona is null ? _factory.CreatePortalClient() : await _factory.SignedInClientAsync(persona);
        if (persona == Personas.ContosoUser)
        {
            await _factory.WithDbAsync(db => db.PartnerUsers.Where(u => u.ObjectId == "5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a02").ExecuteDeleteAsync());
        }

        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var response = await client.SendAsync(request);

        await AssertProblemAsync(response, status, title);
    }

    [Fact]
    public async Task TooManyRequestsIsAProblemWithRetryAfter()
    {
        using var client = _factory.CreatePortalClient();

        using var first = await client.GetAsync("/api/v1/directory");
        using var second = await client.GetAsync("/api/v1/directory");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await AssertProblemAsync(second, 429, "Too Many Requests");
        Assert.NotNull(second.Headers.RetryAfter);
    }

    public void Dispose() => _factory.Dispose();

    private static async Task AssertProblemAsync(HttpResponseMessage response, int status, string title)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.Equal(title, problem.GetProperty("title").GetString());
    }
}
