using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Kpis;

/// <summary>
/// Issue 8's dashboard on a small fixed data set, imported through the real import. Every expected number is
/// worked out by hand from the sample weights (FY2026 and FY2027: MOC 1.0, MOC-ON-DEMAND 1.25, LABS-ONLINE 0.5
/// in courseware; EXAM-VOUCHER 1.0 in certification). Today is 2026-11-25.
/// </summary>
public sealed class KpiDashboardTests : IDisposable
{
    private const string Page = "/partners/4100077/kpis";

    private readonly PortalFactory _factory = new();

    [Fact]
    public async Task TodaysReportCoversNovemberToOctoberWithTheNumbersWorkedOutByHand()
    {
        using var support = await ArrangeAsync();

        var html = WebUtility.HtmlDecode(await support.GetStringAsync(Page));

        // Published 2026-11-15: 2025-11 … 2026-10. L-1 is before it, L-5 (2026-11) after it.
        Assert.Contains("Report published on 2026-11-15, covering 2025-11 to 2026-10.", html);
        Assert.Equal(("13.5", "13.5"), Totals(html, "courseware")); // 8×1.25 + 3×0.5 + 2×1.0
        Assert.Equal(("4", "4"), Totals(html, "certification"));
        Assert.DoesNotContain("id=\"unpublished-difference\"", html); // after the 15th both windows agree (R-KPI-7)
        Assert.Equal(["2025-11/EXAM-VOUCHER", "2026-09/LABS-ONLINE", "2026-09/MOC-ON-DEMAND", "2026-10/MOC"], MonthRows(html));
        Assert.Equal(12, Regex.Matches(html, "data-month=\"\\d{4}-\\d{2}\"").Select(m => m.Value).Distinct().Count());
    }

    [Fact]
    public async Task BeforeThe15thTheDashboardSaysWhatIsRecordedButNotYetPublished()
    {
        using var support = await ArrangeAsync();

        var html = WebUtility.HtmlDecode(await support.GetStringAsync($"{Page}?asOf=2026-11-14"));

        // Published 2026-10-15: 2025-10 … 2026-09 (L-1 on the last day of 2025-10 is in); eligibility: 2025-11 … 2026-10.
        Assert.Contains("Report published on 2026-10-15, covering 2025-10 to 2026-09.", html);
        Assert.Equal(("21.5", "13.5"), Totals(html, "courseware"));
        Assert.Contains("1 invoice lines of 2026-10 with KPI 2 are recorded but not yet in the published report; they appear in the report of 2026-11-15.", html);
        Assert.Contains("The report still shows 2025-10 (KPI 10)", html);
    }

    [Theory]
    // As of 2026-11-25 (published 2026-11-15): L-2 (2025-11) leaves in December; L-5 (2026-11-02) arrives.
    [InlineData("2026-11-25", "2026-12-15:18.5/0", "2027-01-15:18.5/0", "2027-02-15:18.5/0")]
    // As of 2026-11-14 (published 2026-10-15): the next report is the one published the next day.
    [InlineData("2026-11-14", "2026-11-15:13.5/4", "2026-12-15:18.5/0", "2027-01-15:18.5/0")]
    public async Task TheComingReportsAreForecastFromTheLinesRecordedSoFar(string asOf, string first, string second, string third)
    {
        using var support = await ArrangeAsync();

        var html = WebUtility.HtmlDecode(await support.GetStringAsync($"{Page}?asOf={asOf}"));

        var rows = Regex.Matches(html, "<tr data-published=\"([^\"]+)\">(.*?)</tr>", RegexOptions.Singleline).Select(m =>
        {
            string Cell(string category) => Regex.Match(m.Groups[2].Value, $"data-category=\"{category}\">([^<]+)<").Groups[1].Value;
            return $"{m.Groups[1].Value}:{Cell("courseware")}/{Cell("certification")}";
        }).ToList();
        Assert.Equal([first, second, third], rows);
    }

    [Fact]
    public async Task TheDrillDownSaysWhyEachLineCountsOrNot()
    {
        using var support = await ArrangeAsync();

        var october = WebUtility.HtmlDecode(await support.GetStringAsync($"{Page}/2026-10?asOf=2026-11-14"));
        var november = WebUtility.HtmlDecode(await support.GetStringAsync($"{Page}/2026-11"));
        var before = WebUtility.HtmlDecode(await support.GetStringAsync($"{Page}/2025-10"));
        var inReport = WebUtility.HtmlDecode(await support.GetStringAsync($"{Page}/2026-10"));

        Assert.Contains("Recorded, not yet published: in the report from 2026-11-15.", october); // published on the 15th
        Assert.Contains("Counts for eligibility as of 2026-11-14.", october);
        Assert.Contains("Recorded, not yet published: in the report from 2026-12-15.", november);
        Assert.DoesNotContain("Counts for eligibility", november);
        Assert.Contains("Outside the report's window: dated before 2025-11.", before);
        Assert.Contains("Counts: in the report published on 2026-11-15.", inReport);
    }

    [Fact]
    public async Task AHeldInvoiceAwaitingVerificationShowsInItsMonthAsNotCountingYet()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);

        var html = WebUtility.HtmlDecode(await admin.GetStringAsync("/partners/4100001/kpis/2026-10"));

        Assert.Contains("CM-HELD-0001 / 1", html); // the demo submission, dated 2026-10-10
        Assert.Contains("Does not count yet: the submitted invoice awaits verification by support staff.", html);
    }

    [Fact]
    public async Task TheExportHasWhatTheScreenShowsWithFormulasEscaped()
    {
        using var support = await ArrangeAsync();

        var csv = await support.GetStringAsync($"{Page}/export.csv?asOf=2026-11-14");

        Assert.Contains("4100077,\"'=HYPERLINK(\"\"x\"\") Litware\",2026-10-15,2025-10,2026-09", csv);
        Assert.Contains("2025,10,MOC,courseware,1,10,10,950,USD", csv);
        Assert.Contains("2026,09,LABS-ONLINE,courseware,1,3,1.5,135,USD", csv);
        Assert.DoesNotContain("2026,10,MOC", csv); // not in that report
        Assert.Contains("courseware,Courseware units,21.5,13.5", csv);
        Assert.DoesNotContain(",=", csv);
    }

    [Fact]
    public async Task AnInvoiceNumberStartingWithAMinusIsStoredAsEnteredAndExportedAsText()
    {
        // Issue 20, break 2: "-1+cmd|…" passed the import (a minus before a digit) and left the export unescaped.
        using var support = await ArrangeAsync();
        const string hostile = "-1+cmd|' /C calc'!A0";
        var file = Encoding.UTF8.GetBytes($"{Imports.ImportFlow.Header}\n4100077,Invoice,\"{hostile}\",1,2026-09-12,MOC,1,95.00,USD\n");
        await Imports.ImportFlow.CommitAsync(support, await Imports.ImportFlow.UploadAsync(support, file, "hostile.csv"));

        var csv = await support.GetStringAsync($"{Page}/2026-09/export.csv?asOf=2026-11-14");
        var stored = await _factory.WithDbAsync(db => db.InvoiceLines.Where(l => l.PartnerId == "4100077" && l.InvoiceDate == new DateOnly(2026, 9, 12))
            .Select(l => l.InvoiceNumber).SingleAsync());

        Assert.Equal(hostile, stored);
        Assert.Contains("2026,09,2026-09-12,'-1+cmd|' /C calc'!A0,1,MOC,1,1,95,USD,InReport,yes", csv);
        Assert.DoesNotContain(",-1+cmd", csv);
    }

    [Fact]
    public async Task AMonthsLinesExportWithEveryDashboardFieldAndTheirStanding()
    {
        using var support = await ArrangeAsync();

        var csv = await support.GetStringAsync($"{Page}/2026-09/export.csv?asOf=2026-11-14");

        Assert.Contains("Year,Month,InvoiceDate,InvoiceNumber,LineNumber,OmlpType,Units,KpiValue,Revenue,Currency,Standing,CountsForEligibility", csv);
        Assert.Contains("2026,09,2026-09-30,L-3,1,MOC-ON-DEMAND,8,10,720,USD,InReport,yes", csv);
        Assert.Contains("2026,09,2026-09-30,L-3,2,LABS-ONLINE,3,1.5,135,USD,InReport,yes", csv);
    }

    [Fact]
    public async Task ThePartnersOwnThresholdsAndTheNextLevelAreShown()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);

        var html = WebUtility.HtmlDecode(await admin.GetStringAsync("/partners/4100001/kpis"));
        var rows = Regex.Matches(html, "<tr>\\s*<td>(Silver|Gold) · Cloud Platform[^<]*</td>\\s*<td>([^<]+)</td>\\s*<td class=\"num\">([^<]+)</td>")
            .Select(m => $"{m.Groups[1].Value}/{m.Groups[2].Value}/{m.Groups[3].Value}").ToList();

        // FY2027 sample thresholds for a mature market (US): silver 180 / 25, gold 450 / 60.
        Assert.Equal(["Silver/Courseware units/180", "Silver/Certification units/25", "Gold/Courseware units/450", "Gold/Certification units/60"], rows);
        Assert.Contains("(next level)", html);
    }

    [Theory]
    [InlineData("2026-02-30", "Enter the date as YYYY-MM-DD, for example 2026-01-31.")]
    [InlineData("2026-11-26", "A report cannot be shown as of a future date; today's is shown.")]
    public async Task ABadDateSaysSoBesideTheFieldAndShowsTodaysReport(string asOf, string message)
    {
        using var support = await ArrangeAsync();

        var html = WebUtility.HtmlDecode(await support.GetStringAsync($"{Page}?asOf={asOf}"));

        Assert.Contains($"<span id=\"asOf-error\" class=\"field-error\">{message}</span>", html);
        Assert.Contains("Report published on 2026-11-15", html);
    }

    [Fact]
    public async Task StaffReachAnyPartnersDashboardFromItsOverview()
    {
        using var support = await _factory.SignedInClientAsync(Personas.Support);

        var overview = await support.GetStringAsync("/partners/4100002");
        var dashboard = WebUtility.HtmlDecode(await support.GetStringAsync("/partners/4100002/kpis"));

        Assert.Contains("href=\"/partners/4100002/kpis\"", overview);
        Assert.Contains("Report published on 2026-11-15, covering 2025-11 to 2026-10.", dashboard);
    }

    [Fact]
    public async Task NoOrganisationSeesAnothersDashboard()
    {
        using var fabrikam = await _factory.SignedInClientAsync(Personas.FabrikamAdmin);

        foreach (var url in new[] { "/partners/4100001/kpis", "/partners/4100001/kpis/2026-10", "/partners/4100001/kpis/export.csv", "/partners/4100001/kpis/2026-10/export.csv" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await fabrikam.GetAsync(url)).StatusCode);
        }
    }

    public void Dispose() => _factory.Dispose();

    private Task<HttpClient> ArrangeAsync() => KpiDataSet.ArrangeAsync(_factory);

    private static (string InReport, string ForEligibility) Totals(string html, string category)
    {
        var match = Regex.Match(html, $"<tr data-category=\"{category}\"><th scope=\"row\">[^<]+</th><td class=\"num\">([^<]+)</td><td class=\"num\">([^<]+)</td>");
        Assert.True(match.Success, $"No totals row for {category}");
        return (match.Groups[1].Value, match.Groups[2].Value);
    }

    private static List<string> MonthRows(string html) =>
        Regex.Matches(html, "data-month=\"(\\d{4}-\\d{2})\" data-omlp=\"([^\"]+)\"").Select(m => $"{m.Groups[1].Value}/{m.Groups[2].Value}").ToList();
}
