using System.Text;
using System.Text.RegularExpressions;
using LearningPartner.FunctionalTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningPartner.BrowserTests;

/// <summary>Issue 7 in a browser: support imports the sample export and sees its counts; a large file shows progress;
/// a partner admin's held invoice is verified by support and then counts.</summary>
public sealed partial class InvoiceImportJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task SupportImportsTheSampleFileAndSeesItsCounts()
    {
        var support = await browser.SignedInPageAsync("Sign in as Sam Rivera");

        await support.GetByRole(AriaRole.Link, new() { Name = "Imports", Exact = true }).ClickAsync();
        await support.GetByLabel("CSV file (UTF-8, at most 10 MB)")
            .SetInputFilesAsync(Path.Combine(TestPaths.RepositoryRoot(), "docs", "samples", "marketplace-invoices.csv"));
        await support.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();

        // Worked out from the sample by hand: 4 invoice lines, an order confirmation and a partner statement.
        await Expect(support.Locator("#count-new")).ToHaveTextAsync("4");
        await Expect(support.Locator("#count-recorded")).ToHaveTextAsync("0");
        await Expect(support.Locator("#count-conflict")).ToHaveTextAsync("0");
        await Expect(support.Locator("#count-rejected")).ToHaveTextAsync("2");
        await Expect(support.GetByRole(AriaRole.Table)).ToContainTextAsync("OrderConfirmation is not an invoice");

        await support.GetByRole(AriaRole.Button, new() { Name = "Commit 4 new lines" }).ClickAsync();
        await Expect(support.GetByRole(AriaRole.Status)).ToHaveTextAsync("The import was committed.");
        await Expect(support.GetByText("4 lines recorded.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ALargeFileShowsProgressWhileItIsPreviewed()
    {
        var support = await browser.SignedInPageAsync("Sign in as Sam Rivera");
        var csv = new StringBuilder("PartnerId,DocumentType,InvoiceNumber,LineNumber,InvoiceDate,OmlpType,Units,Revenue,Currency\n");
        for (var i = 0; i < 60_000; i++)
        {
            csv.Append($"4100001,Invoice,BIG-{i / 5:D6},{(i % 5) + 1},2026-09-15,MOC,1,95.00,USD\n");
        }

        await support.GotoAsync("/staff/imports");

        // Every text the status line takes is recorded as it changes: sampling it could miss a phase that lasts less
        // than one of Playwright's polls (it did on a loaded CI machine).
        var shown = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await support.ExposeFunctionAsync("recordProgressText", (string text) => shown.Enqueue(text));
        await support.EvaluateAsync("""
            () => {
                const status = document.querySelector(".js-progress-panel [role=status]");
                new MutationObserver(() => window.recordProgressText(status.textContent))
                    .observe(status, { childList: true, characterData: true, subtree: true });
            }
            """);
        await support.GetByLabel("CSV file (UTF-8, at most 10 MB)").SetInputFilesAsync(new FilePayload
        {
            Name = "big.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(csv.ToString()),
        });
        await support.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();

        // The page stays while the file is processed in the background and shows how far the server is.
        await Expect(support.Locator(".js-progress-panel")).ToBeVisibleAsync();
        await Expect(support.Locator("#count-new")).ToHaveTextAsync("60000", new() { Timeout = 60_000 });
        Assert.Contains(shown, text => ServerProgress().IsMatch(text));
    }

    [Fact]
    public async Task AHeldInvoiceCountsOnceSupportVerifiesIt()
    {
        var admin = await browser.SignedInPageAsync("Sign in as Avery Chen");
        var support = await browser.SignedInPageAsync("Sign in as Sam Rivera");

        await admin.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Held invoices", Exact = true }).ClickAsync();
        await admin.GetByLabel("An invoice", new() { Exact = true }).CheckAsync();
        await admin.GetByLabel("Invoice document (PDF, PNG or JPEG, at most 5 MB)").SetInputFilesAsync(new FilePayload
        {
            Name = "CM2611-0042.pdf",
            MimeType = "application/pdf",
            Buffer = "%PDF-1.7\n%%EOF\n"u8.ToArray(),
        });
        await admin.GetByLabel("Invoice number").FillAsync("CM2611-0042");
        await admin.GetByLabel("Line number").FillAsync("1");
        await admin.GetByLabel("Invoice date").FillAsync("2026-11-03");
        await admin.GetByLabel("OMLP type").SelectOptionAsync("EXAM-VOUCHER");
        await admin.GetByLabel("Units purchased").FillAsync("3");
        await admin.GetByLabel("Revenue").FillAsync("495.00");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Submit for verification" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("It counts once support staff verify it.");
        var row = admin.GetByRole(AriaRole.Row).Filter(new() { HasText = "CM2611-0042" });
        await Expect(row).ToContainTextAsync("Awaiting verification");

        await support.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Held invoices", Exact = true }).ClickAsync();
        await Expect(support.Locator(".queue-item").Filter(new() { HasText = "CM2611-0042" })).ToContainTextAsync("KPI value if verified: 3");
        await support.GetByRole(AriaRole.Button, new() { Name = "Verify CM2611-0042 / 1" }).ClickAsync();
        await Expect(support.GetByRole(AriaRole.Status)).ToHaveTextAsync("The invoice line was verified and now counts as KPI.");

        await admin.ReloadAsync();
        await Expect(admin.GetByRole(AriaRole.Row).Filter(new() { HasText = "CM2611-0042" })).ToContainTextAsync("Verified: counts as KPI");
    }

    /// <summary>A phase the server reports with its row count, such as "Checking rows against recorded lines… 12,000 / 60,000".</summary>
    [GeneratedRegex(@"^[^(]+… [\d,]+ / 60,000$")]
    private static partial Regex ServerProgress();
}
