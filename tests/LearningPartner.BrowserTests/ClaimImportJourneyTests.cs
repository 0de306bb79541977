using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningPartner.BrowserTests;

/// <summary>
/// Issue 22 (R-MCT-1) in a real browser: support staff verify a partner's exam claim in bulk, from an exam results file they
/// upload, preview and commit; the option can then be ordered.
/// </summary>
public sealed class ClaimImportJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task AnExamResultsImportVerifiesTheClaimAndTheOptionBecomesOrderable()
    {
        var admin = await browser.SignedInPageAsync(ClaimSteps.Admin);
        var support = await browser.SignedInPageAsync(ClaimSteps.Support);
        await ClaimSteps.ClaimPl200WithAPdfAsync(admin);

        await support.GotoAsync("/staff/claims");
        await support.GetByRole(AriaRole.Link, new() { Name = "Import an MCT roster or exam results" }).ClickAsync();
        var exams = support.Locator("section").Filter(new() { Has = support.GetByRole(AriaRole.Heading, new() { Name = "Upload exam results" }) });
        await exams.GetByLabel("CSV file (UTF-8, at most 10 MB)").SetInputFilesAsync(new FilePayload
        {
            Name = "exam-results-2026-11.csv",
            MimeType = "text/csv",
            Buffer = "PartnerId,PersonName,ExamCode,PassedOn\n4100003,Zhao Lei,PL-200,2026-10-01\n"u8.ToArray(),
        });
        await exams.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Expect(support.Locator("#count-verifies")).ToHaveTextAsync("1");
        await Expect(support.GetByRole(AriaRole.Row).Filter(new() { HasText = "Zhao Lei" })).ToContainTextAsync("Verifies a claim");
        await support.GetByRole(AriaRole.Button, new() { Name = "Record 0 new facts and verify 1 claims" }).ClickAsync();
        await Expect(support.GetByRole(AriaRole.Status)).ToHaveTextAsync("The import was committed.");

        await ClaimSteps.OrderSilverCloudBusinessApplicationsAsync(admin);
    }
}
