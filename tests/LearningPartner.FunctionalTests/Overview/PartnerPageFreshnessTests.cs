using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using LearningPartner.FunctionalTests.Imports;
using LearningPartner.FunctionalTests.Support;

namespace LearningPartner.FunctionalTests.Overview;

/// <summary>
/// Issue 12: the partner overview and the requirements page are kept in memory under the partner's data version and
/// their date, like the dashboard. Whatever changes the partner's rows shows at the next page, on the instance that made
/// the change and on another one. Contoso's eligibility window on 2026-11-25 is 2025-11 to 2026-10 (R-KPI-7); a MOC unit
/// weighs 1.0 courseware KPI (the sample rule sets), so 7 new MOC units dated 2026-10-20 add exactly 7.
/// </summary>
public sealed partial class PartnerPageFreshnessTests : TwoInstances
{
    private const string Overview = "/partners/4100001";
    private const string Requirements = "/partners/4100001/requirements";

    [Fact]
    public async Task AnImportOnOneInstanceShowsAtTheOthersNextOverviewAndRequirements()
    {
        using var adminOnSecond = await Second.SignedInClientAsync(Personas.ContosoAdmin);
        using var supportOnFirst = await First.SignedInClientAsync(Personas.Support);
        Assert.DoesNotContain("FRESH-O1", await PageAsync(adminOnSecond, Overview));
        var before = await CoursewareKpiAsync(adminOnSecond);
        Assert.Equal(before, await CoursewareKpiAsync(adminOnSecond)); // read twice: the second one from memory

        var csv = $"{ImportFlow.Header}\n4100001,Invoice,FRESH-O1,1,2026-10-20,MOC,7,665.00,USD\n";
        await ImportFlow.CommitAsync(supportOnFirst, await ImportFlow.UploadAsync(supportOnFirst, Encoding.UTF8.GetBytes(csv), "FRESH-O1.csv"));

        Assert.Contains("FRESH-O1 / 1", await PageAsync(adminOnSecond, Overview)); // the newest line is first among the recent ones
        Assert.Equal(before + 7m, await CoursewareKpiAsync(adminOnSecond));
    }

    [Fact]
    public async Task ATrainerAddedOnOneInstanceShowsAtTheOthersNextOverview()
    {
        using var adminOnFirst = await First.SignedInClientAsync(Personas.ContosoAdmin);
        using var supportOnSecond = await Second.SignedInClientAsync(Personas.Support);
        Assert.DoesNotContain("MCT-FRESH-1", await PageAsync(supportOnSecond, Overview));

        using var response = await adminOnFirst.PostFormAsync($"{Overview}/trainers", $"{Overview}/trainers", ("NewTrainer.Name", "Nia Fresh"),
            ("NewTrainer.MctId", "MCT-FRESH-1"), ("NewTrainer.ValidUntil", "2027-12-31"), ("NewTrainer.EvidenceLink", "https://learn.microsoft.com/en-us/users/li-wei/transcript/abc123"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        Assert.Contains("MCT-FRESH-1", await PageAsync(supportOnSecond, Overview));
    }

    [Fact]
    public async Task ARequirementsPageForAnotherDateIsItsOwn()
    {
        using var admin = await First.SignedInClientAsync(Personas.ContosoAdmin);
        var today = await PageAsync(admin, Requirements);
        var earlier = await PageAsync(admin, $"{Requirements}?asOf=2026-06-30");

        // The window of 2026-06-30 is 2025-06 to 2026-05 (R-KPI-7); today's is 2025-11 to 2026-10.
        Assert.Contains("2025-11 … 2026-10", today);
        Assert.Contains("2025-06 … 2026-05", earlier);
        Assert.Equal(today, await PageAsync(admin, Requirements));
    }

    [Fact]
    public async Task AKeptPageIsKeptPerLanguage()
    {
        using var english = await First.SignedInClientAsync(Personas.ContosoAdmin);
        using var chinese = await First.SignedInClientAsync(Personas.ContosoAdmin);
        await chinese.PostFormAsync("/", "/culture", ("culture", "zh-CN"), ("returnUrl", "/"));
        Assert.Contains("Microsoft Certified Trainers", await PageAsync(english, Overview));
        Assert.Contains("KPI: Courseware units", await PageAsync(english, Requirements));

        var overview = await PageAsync(chinese, Overview);
        var requirements = await PageAsync(chinese, Requirements);

        Assert.Contains("Microsoft 认证培训师 (MCT)", overview);
        Assert.DoesNotContain("Microsoft Certified Trainers", overview);
        Assert.DoesNotContain("KPI: Courseware units", requirements);
    }

    /// <summary>The page's main part: the layout's antiforgery tokens differ from one answer to the next.</summary>
    private static async Task<string> PageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        return html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];
    }

    private static async Task<decimal> CoursewareKpiAsync(HttpClient client)
    {
        var match = CoursewareStat().Match(await PageAsync(client, Requirements));
        Assert.True(match.Success, "No courseware KPI on the requirements page");
        return decimal.Parse(match.Groups[1].Value, NumberStyles.Number, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("<span class=\"stat-value\">([^<]+)</span>\\s*<span class=\"stat-label\">KPI: Courseware units</span>")]
    private static partial Regex CoursewareStat();
}
