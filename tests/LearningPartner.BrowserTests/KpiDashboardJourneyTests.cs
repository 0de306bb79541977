using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningPartner.BrowserTests;

/// <summary>Issue 8 in a browser: a partner admin reads the KPI dashboard, its chart, and drills down into a month.</summary>
public sealed class KpiDashboardJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task TheDashboardShowsTheChartAndDrillsDownToTheLinesOfAMonth()
    {
        var admin = await browser.NewPageAsync();
        await admin.GotoAsync("/account/sign-in");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Sign in as Avery Chen" }).ClickAsync();

        await admin.GetByRole(AriaRole.Link, new() { Name = "KPIs", Exact = true }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "KPI dashboard" })).ToBeVisibleAsync();
        await Expect(admin.Locator("#report-summary")).ToHaveTextAsync("Report published on 2026-11-15, covering 2025-11 to 2026-10.");
        await Expect(admin.GetByRole(AriaRole.Img, new() { Name = "KPI per month, 2025-11 to 2026-10" })).ToBeVisibleAsync();
        await Expect(admin.Locator("svg.chart rect").Nth(11)).ToBeAttachedAsync(); // at least 12 bars: demo data has courseware KPI every month
        await admin.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "kpi-dashboard.png"), FullPage = true });

        await admin.Locator("#kpi-months tr[data-month='2026-10'] a").First.ClickAsync();
        await Expect(admin).ToHaveURLAsync(new Regex("/partners/4100001/kpis/2026-10\\?asOf=2026-11-25$"));
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Invoice lines of 2026-10" })).ToBeVisibleAsync();
        await Expect(admin.Locator("#month-lines tbody tr").First).ToContainTextAsync("Counts: in the report published on 2026-11-15.");
        await Expect(admin.Locator("#month-lines tr[data-invoice='CM-HELD-0001/1']"))
            .ToContainTextAsync("Does not count yet: the submitted invoice awaits verification by support staff.");

        await admin.GetByRole(AriaRole.Link, new() { Name = "KPI dashboard" }).ClickAsync();
        await admin.GetByLabel("Report as published on").FillAsync("2026-11-14");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(admin).ToHaveURLAsync(new Regex("asOf=2026-11-14")); // the report of that date, not the one being left
        await Expect(admin.Locator("#unpublished-difference")).ToContainTextAsync("are recorded but not yet in the published report");
    }
}
