using System.Net;
using System.Text.Json;
using LearningPartner.FunctionalTests.Support;

namespace LearningPartner.FunctionalTests.Kpis;

/// <summary>
/// Issue 8's JSON API: the same numbers as the dashboard on the hand-worked data set (<see cref="KpiDataSet"/>), the
/// same authorization as the pages, 401 (not a redirect) for anonymous calls, RFC 7807 problems for bad input.
/// </summary>
public sealed class PartnerApiTests : IDisposable
{
    private const string Report = "/api/v1/partners/4100077/kpi-report";
    private readonly PortalFactory _factory = new();

    [Fact]
    public async Task TheReportBeforeThe15thHasTheWindowMonthsTotalsAndWhatIsNotYetPublished()
    {
        using var support = await KpiDataSet.ArrangeAsync(_factory);

        using var response = await support.GetAsync($"{Report}?asOf=2026-11-14");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("2026-10-15", json.GetProperty("publishedOn").GetString());
        Assert.Equal(("2025-10", "2026-09"), (json.GetProperty("window").GetProperty("from").GetString(), json.GetProperty("window").GetProperty("to").GetString()));
        Assert.Equal(12, json.GetProperty("months").GetArrayLength());
        var september = json.GetProperty("months").EnumerateArray().Single(m => m.GetProperty("month").GetString() == "2026-09");
        Assert.Equal(11.5m, september.GetProperty("kpi").GetDecimal()); // 8 × 1.25 + 3 × 0.5
        Assert.Equal(135.00m, september.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("omlpType").GetString() == "LABS-ONLINE")
            .GetProperty("revenue").GetProperty("amount").GetDecimal());
        var courseware = json.GetProperty("totals").EnumerateArray().Single(t => t.GetProperty("category").GetString() == "courseware");
        Assert.Equal((21.5m, 13.5m), (courseware.GetProperty("inReport").GetDecimal(), courseware.GetProperty("forEligibility").GetDecimal()));
        var pending = json.GetProperty("notYetPublished");
        Assert.Equal(("2026-10", 1, 2m, "2026-11-15"), (pending.GetProperty("notYetPublishedMonth").GetString(), pending.GetProperty("notYetPublishedLines").GetInt32(),
            pending.GetProperty("notYetPublishedKpi").GetDecimal(), pending.GetProperty("nextPublication").GetString()));
        var next = json.GetProperty("comingReports")[0];
        Assert.Equal(("2026-11-15", 13.5m, 4m), (next.GetProperty("publishedOn").GetString(),
            next.GetProperty("kpiByCategory").GetProperty("courseware").GetDecimal(), next.GetProperty("kpiByCategory").GetProperty("certification").GetDecimal()));
    }

    [Fact]
    public async Task EligibilityListsEveryCheckWithTheRuleSetAndWindowUsed()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);

        var json = JsonDocument.Parse(await admin.GetStringAsync("/api/v1/partners/4100001/eligibility?asOf=2026-11-25")).RootElement;

        Assert.Equal(("FY2027", "mature"), (json.GetProperty("programYear").GetString(), json.GetProperty("regionGroup").GetString()));
        Assert.Equal(("2025-11", "2026-10"), (json.GetProperty("kpiWindow").GetProperty("from").GetString(), json.GetProperty("kpiWindow").GetProperty("to").GetString()));
        var cloud = json.GetProperty("competencies").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "CLOUD-PLATFORM");
        var goldKpi = cloud.GetProperty("gold").GetProperty("checks").EnumerateArray()
            .Single(c => c.GetProperty("kind").GetString() == "Kpi" && c.GetProperty("subject").GetString() == "courseware");
        Assert.Equal(450m, goldKpi.GetProperty("required").GetDecimal()); // FY2027 sample, mature market
        Assert.True(json.GetProperty("learningActionPack").GetProperty("met").GetBoolean());
    }

    [Theory]
    [InlineData("/api/v1/partners/4100001/kpi-report", HttpStatusCode.OK)]
    [InlineData("/api/v1/partners/4100001/eligibility", HttpStatusCode.OK)]
    [InlineData("/api/v1/partners/4100002/kpi-report", HttpStatusCode.NotFound)] // another organisation
    [InlineData("/api/v1/partners/4100002/eligibility", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/partners/4199999/kpi-report", HttpStatusCode.NotFound)] // no such partner
    [InlineData("/api/v1/partners/4100001/kpi-report?asOf=2026-13-01", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/partners/4100001/kpi-report?asOf=2026-11-26", HttpStatusCode.BadRequest)] // the future
    [InlineData("/api/v1/partners/4100001/eligibility?asOf=yesterday", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/partners/4100001/eligibility?asOf=2023-10-01", HttpStatusCode.UnprocessableEntity)] // FY2024 has no rule set
    public async Task APartnerAdminGetsItsOwnDataAndProblemsForEverythingElse(string url, HttpStatusCode expected)
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);

        using var response = await admin.GetAsync(url);

        Assert.Equal(expected, response.StatusCode);
        if (expected != HttpStatusCode.OK)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        }
    }

    [Fact]
    public async Task TheMissingRuleSetIsNamedInTheProblem()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);

        using var response = await admin.GetAsync("/api/v1/partners/4100001/eligibility?asOf=2023-10-01");

        // R-PRG-1: refused, naming the program year that has no rule set.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("FY2024", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnAnonymousCallGets401NotARedirect()
    {
        using var anonymous = _factory.CreatePortalClient();

        using var response = await anonymous.GetAsync("/api/v1/partners/4100001/kpi-report");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task StaffReadEveryPartner()
    {
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        using var editor = await _factory.SignedInClientAsync(Personas.Editor);

        Assert.Equal(HttpStatusCode.OK, (await support.GetAsync("/api/v1/partners/4100002/kpi-report")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/api/v1/partners/4100003/eligibility")).StatusCode);
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesBothEndpoints()
    {
        using var anonymous = _factory.CreatePortalClient();

        var document = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Contains("/api/v1/partners/{partnerId}/kpi-report", paths);
        Assert.Contains("/api/v1/partners/{partnerId}/eligibility", paths);
        Assert.DoesNotContain(paths, p => !p.StartsWith("/api/", StringComparison.Ordinal)); // pages are not part of the API
        // The partner is resolved from the route (PartnerContext): the operation takes the path's id and the date, nothing else.
        var report = document.GetProperty("paths").GetProperty("/api/v1/partners/{partnerId}/kpi-report").GetProperty("get");
        Assert.Equal(["asOf in query", "partnerId in path"], report.GetProperty("parameters").EnumerateArray()
            .Select(p => $"{p.GetProperty("name").GetString()} in {p.GetProperty("in").GetString()}").Order(StringComparer.Ordinal));
        Assert.False(report.TryGetProperty("requestBody", out _));
    }

    public void Dispose() => _factory.Dispose();
}
