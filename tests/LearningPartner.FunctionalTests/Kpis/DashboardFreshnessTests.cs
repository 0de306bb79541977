using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Kpis;
using LearningPartner.FunctionalTests.Imports;
using LearningPartner.FunctionalTests.Support;
using LearningPartner.Infrastructure.RuleSets;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartner.FunctionalTests.Kpis;

/// <summary>
/// Issue 12: dashboards are kept in memory under the partner's data version. Whatever changes the partner's invoice lines —
/// an import, a line saved on its own — shows at the next dashboard, for the partner's own people and for staff, on the
/// instance that made the change and on another one. Contoso's report as of 2026-11-25 covers 2025-11 to 2026-10 (R-KPI-6); a MOC
/// unit weighs 1.0 courseware KPI (the sample rule sets), so 7 new MOC units in 2026-10 add exactly 7.
/// </summary>
public sealed class DashboardFreshnessTests : TwoInstances
{
    private const string Dashboard = "/partners/4100001/kpis";

    [Fact]
    public async Task AnImportShowsAtThePartnersNextDashboard()
    {
        using var admin = await First.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = await First.SignedInClientAsync(Personas.Support);
        var before = await CoursewareAsync(admin);
        Assert.Equal(before, await CoursewareAsync(admin)); // read twice: the second one from memory

        await ImportAsync(support, "FRESH-1", units: 7);

        Assert.Equal(before + 7m, await CoursewareAsync(admin));
    }

    [Fact]
    public async Task ALineSavedOnItsOwnShowsAtStaffsNextDashboard()
    {
        using var support = await First.SignedInClientAsync(Personas.Support);
        var before = await CoursewareAsync(support);

        var catalog = First.Services.GetRequiredService<RuleSetCatalogProvider>().Catalog;
        await First.WithDbAsync(db =>
        {
            var line = new InvoiceLine("4100001", "FRESH-2", 1, new DateOnly(2026, 10, 20), "MOC", 7, new Money(665m, "USD"), "test", PortalFactory.Now);
            line.FixKpi(KpiValuation.RuleFor(catalog, line.InvoiceDate, line.OmlpType)!);
            db.InvoiceLines.Add(line);
            return db.SaveChangesAsync();
        });

        Assert.Equal(before + 7m, await CoursewareAsync(support));
    }

    [Fact]
    public async Task AChangeMadeThroughOneInstanceShowsAtTheOthersNextDashboard()
    {
        using var adminOnSecond = await Second.SignedInClientAsync(Personas.ContosoAdmin);
        using var supportOnSecond = await Second.SignedInClientAsync(Personas.Support);
        using var supportOnFirst = await First.SignedInClientAsync(Personas.Support);
        var before = await CoursewareAsync(adminOnSecond);
        Assert.Equal(before, await CoursewareAsync(supportOnSecond));

        await ImportAsync(supportOnFirst, "FRESH-3", units: 7);

        Assert.Equal(before + 7m, await CoursewareAsync(adminOnSecond));
        Assert.Equal(before + 7m, await CoursewareAsync(supportOnSecond));
    }

    [Fact]
    public async Task AnotherPartnersImportLeavesTheDashboardAsItWas()
    {
        using var admin = await First.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = await First.SignedInClientAsync(Personas.Support);
        var page = await PageAsync(admin);

        await ImportAsync(support, "OTHER-1", units: 7, partnerId: "4100002");

        Assert.Equal(page, await PageAsync(admin));
    }

    private static async Task ImportAsync(HttpClient support, string invoiceNumber, int units, string partnerId = "4100001")
    {
        var csv = $"{ImportFlow.Header}\n{partnerId},Invoice,{invoiceNumber},1,2026-10-20,MOC,{units},{units * 95}.00,USD\n";
        await ImportFlow.CommitAsync(support, await ImportFlow.UploadAsync(support, Encoding.UTF8.GetBytes(csv), $"{invoiceNumber}.csv"));
    }

    private static async Task<string> PageAsync(HttpClient client)
    {
        using var response = await client.GetAsync(Dashboard);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        // Only the report itself: the layout's antiforgery tokens differ from one answer to the next.
        return html[html.IndexOf("id=\"report-summary\"", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];
    }

    private static async Task<decimal> CoursewareAsync(HttpClient client)
    {
        var match = Regex.Match(await PageAsync(client), "<tr data-category=\"courseware\"><th scope=\"row\">[^<]+</th><td class=\"num\">([^<]+)</td>");
        Assert.True(match.Success, "No courseware totals row");
        return decimal.Parse(match.Groups[1].Value, NumberStyles.Number, CultureInfo.InvariantCulture);
    }
}
