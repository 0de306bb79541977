using System.Globalization;
using System.Text.RegularExpressions;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Programs;
using LearningPartner.FunctionalTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningPartner.BrowserTests;

/// <summary>
/// Issue 9 in a browser, the whole loop: a partner admin reports a discrepancy from a line of its KPI dashboard, support
/// staff trace and correct it, and the partner sees the outcome and its new KPI total (R-DSC-1, R-DSC-2, R-KPI-2).
/// </summary>
public sealed class DiscrepancyCaseJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Invoice = "CM2610-7777";

    [Fact]
    public async Task PartnerReportsSupportCorrectsPartnerSeesTheNewTotal()
    {
        // A line recorded with 10 MOC units (KPI 10 at the FY2027 sample weight 1.0); the invoice says 14.
        await browser.Factory.WithDbAsync(async db =>
        {
            var line = new InvoiceLine(Personas.ContosoPartnerId, Invoice, 1, new DateOnly(2026, 10, 12), "MOC", 10, new Money(950m, "USD"),
                "import:browser-test", PortalFactory.Now);
            line.FixKpi(new OmlpTypeRule("MOC", "MOC", "courseware", 1m));
            db.InvoiceLines.Add(line);
            return await db.SaveChangesAsync();
        });

        var partner = await browser.NewPageAsync();
        await partner.GotoAsync("/account/sign-in");
        await partner.GetByRole(AriaRole.Button, new() { Name = "Sign in as Avery Chen" }).ClickAsync();
        await partner.GetByRole(AriaRole.Link, new() { Name = "KPIs", Exact = true }).ClickAsync();
        var before = await CoursewareForEligibilityAsync(partner);

        // Report from the line's row: the form opens pre-filled with it.
        await partner.Locator("#kpi-months tr[data-month='2026-10'] a").First.ClickAsync();
        await partner.Locator($"#month-lines tr[data-invoice='{Invoice}/1'] a.report-link").ClickAsync();
        await Expect(partner.GetByRole(AriaRole.Heading, new() { Name = "Report a KPI discrepancy" })).ToBeVisibleAsync();
        await partner.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "case-form.png"), FullPage = true });
        await Expect(partner.GetByLabel("Invoice number")).ToHaveValueAsync(Invoice);
        await Expect(partner.GetByLabel("Units purchased")).ToHaveValueAsync("10");
        await Expect(partner.Locator("#evidence-rule")).ToContainTextAsync("Order confirmations and partner statements are not accepted");
        await partner.GetByLabel("Units purchased").FillAsync("14");
        await partner.GetByLabel("KPI value").FillAsync("14");
        await partner.GetByLabel("What is wrong? (optional)").FillAsync("Our invoice has 14 units on line 1.");
        await partner.GetByRole(AriaRole.Button, new() { Name = "Submit the case" }).ClickAsync();
        await Expect(partner.Locator("p.notice-success")).ToContainTextAsync("was submitted");
        await Expect(partner.Locator("h1 [data-status]")).ToHaveTextAsync("Submitted");
        await Expect(partner).ToHaveURLAsync(new Regex(@"/cases/\d+$"));
        var caseUrl = partner.Url;
        var caseId = Regex.Match(caseUrl, @"/cases/(\d+)$").Groups[1].Value;

        // Support finds it in the queue, takes it, sees the units differ, and corrects the record.
        var support = await browser.NewPageAsync();
        await support.GotoAsync("/account/sign-in");
        await support.GetByRole(AriaRole.Button, new() { Name = "Sign in as Sam Rivera" }).ClickAsync();
        await support.GetByRole(AriaRole.Link, new() { Name = "Cases", Exact = true }).ClickAsync();
        await support.Locator($"#case-queue tr[data-case='{caseId}'] a").ClickAsync();
        await support.GetByRole(AriaRole.Button, new() { Name = "Take this case" }).ClickAsync();
        await Expect(support.Locator("h1 [data-status]")).ToHaveTextAsync("In review");
        await Expect(support.Locator("#trace tr[data-record] td.differs").First).ToHaveTextAsync("10");
        await support.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "case-trace.png"), FullPage = true });
        await support.GetByRole(AriaRole.Link, new() { Name = "Correct line 1" }).ClickAsync();
        await support.GetByLabel("Units purchased").FillAsync("14");
        await support.GetByLabel("Reason (the partner sees it; the audit trail keeps it)").FillAsync("The invoice shows 14 units on line 1.");
        await support.GetByRole(AriaRole.Button, new() { Name = "Correct the record and resolve as corrected" }).ClickAsync();
        await Expect(support.Locator("h1 [data-status]")).ToHaveTextAsync("Corrected");
        await Expect(support.Locator("#trace tr.superseded")).ToHaveCountAsync(1);
        await Expect(support.Locator("#case-audit tr[data-action='KpiRecordSuperseded']")).ToContainTextAsync("Units: 10");

        // The partner sees the outcome, and its KPI total has changed at once: 10 → 14 units of MOC at weight 1.0 is +4.
        await partner.GotoAsync(caseUrl);
        await Expect(partner.Locator("h1 [data-status]")).ToHaveTextAsync("Corrected");
        await Expect(partner.Locator("#case-resolution")).ToContainTextAsync("The invoice shows 14 units on line 1.");
        await Expect(partner.Locator("#case-kpi-change")).ToHaveTextAsync("KPI change: +4");
        await partner.GetByRole(AriaRole.Link, new() { Name = "See your KPI dashboard" }).ClickAsync();
        Assert.Equal(before + 4m, await CoursewareForEligibilityAsync(partner));
        await partner.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "case-corrected-dashboard.png"), FullPage = true });
    }

    private static async Task<decimal> CoursewareForEligibilityAsync(IPage page)
    {
        var text = await page.Locator("#kpi-totals tr[data-category='courseware'] td").Nth(1).TextContentAsync();
        return decimal.Parse(text!.Replace(",", string.Empty), CultureInfo.InvariantCulture);
    }
}
