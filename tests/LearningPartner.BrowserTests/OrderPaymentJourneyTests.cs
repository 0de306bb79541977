using System.Text.RegularExpressions;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace LearningPartner.BrowserTests;

/// <summary>
/// Issue 23's payment loop in a real browser (R-FEE-2, R-FEE-3): Northwind's admin orders silver Cloud Productivity (orderable
/// in the demo world), reads the wire instructions, downloads the order confirmation, uploads a proof with its figures;
/// support confirms it with what the bank statement shows; the admin sees the option active and downloads the receipt.
/// The fixed clock's today is 2026-11-25.
/// </summary>
public sealed class OrderPaymentJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Admin = "Sign in as 王芳 (Wang Fang)";
    private const string Support = "Sign in as Sam Rivera";

    [Fact]
    public async Task AnOrderIsPaidByWireConfirmedBySupportAndReceipted()
    {
        var admin = await browser.SignedInPageAsync(Admin);
        var support = await browser.SignedInPageAsync(Support);

        // The main menu's link: the dashboard, where sign-in lands, has an Enroll button of its own.
        await admin.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Enroll", Exact = true }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Details Silver Cloud Productivity" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Checklist" })).ToBeVisibleAsync();
        await Expect(admin.Locator(".checklist .check-missing")).ToHaveCountAsync(0);
        await admin.GetByRole(AriaRole.Checkbox).CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Order", Exact = true }).ClickAsync();
        await Expect(admin).ToHaveURLAsync(new Regex("/orders/\\d+$"));
        await Expect(admin.GetByText("Pending payment")).ToBeVisibleAsync();

        // R-FEE-3: the wire instructions for the order's currency and a transfer reference with the order number and partner id.
        await Expect(admin.Locator("#order-amount")).ToHaveTextAsync("12,495.00 CNY");
        var reference = await admin.Locator("#payment-reference").InnerTextAsync();
        var wire = admin.Locator("#wire-instructions");
        await Expect(wire).ToContainTextAsync("Demo Bank (China) Co., Ltd. Shanghai Branch");
        await Expect(wire).ToContainTextAsync("6222000012345678901");
        await Expect(wire).ToContainTextAsync("DEMOCNSH");
        await Expect(admin.Locator("#transfer-reference")).ToHaveTextAsync($"{reference}/4100003");

        var confirmation = await PdfTextAsync(admin, "#order-confirmation-pdf");
        Assert.Contains("北风学院 Northwind Academy", confirmation);
        Assert.Contains($"Transfer reference {reference}/4100003", confirmation);
        Assert.Contains("12,495.00 CNY", confirmation);

        await admin.GetByLabel("Payment date").FillAsync("2026-11-23");
        await admin.GetByLabel("Amount paid").FillAsync("12495.00");
        await admin.GetByLabel("Currency", new() { Exact = true }).FillAsync("CNY");
        await admin.GetByLabel("Bank transaction reference").FillAsync("TT20261123-0188");
        await admin.GetByLabel("PDF, PNG or JPEG, at most 5 MB").SetInputFilesAsync(new FilePayload
        {
            Name = "transfer.pdf",
            MimeType = "application/pdf",
            Buffer = "%PDF-1.7\n%%EOF\n"u8.ToArray(),
        });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await Expect(admin.GetByText("Proof received, awaiting confirmation")).ToBeVisibleAsync();

        // Support records what the bank statement shows: the money arrived with value date 2026-11-24 (R-FEE-3).
        await support.GotoAsync("/staff/payments");
        var card = support.Locator("article").Filter(new() { HasText = reference });
        await card.GetByLabel("Amount received").FillAsync("12495.00");
        await card.GetByLabel("Currency", new() { Exact = true }).FillAsync("CNY");
        await card.GetByLabel("Value date").FillAsync("2026-11-24");
        await card.GetByLabel("Bank reference").FillAsync("CMB-IN-77420931");
        await card.GetByRole(AriaRole.Button, new() { Name = $"Confirm payment {reference}" }).ClickAsync();
        await Expect(support.GetByRole(AriaRole.Status)).ToHaveTextAsync("The payment was confirmed and the option is active.");

        await admin.ReloadAsync();
        await Expect(admin.GetByText("the option is active")).ToBeVisibleAsync();
        var receipt = await PdfTextAsync(admin, "#receipt-pdf");
        Assert.Contains($"Receipt for order {reference}", receipt);
        Assert.Contains("北风学院 Northwind Academy", receipt);
        Assert.Contains("Amount received 12,495.00 CNY", receipt);
        Assert.Contains("Value date 2026-11-24", receipt);
        Assert.Contains("Bank reference CMB-IN-77420931", receipt);
        Assert.Contains("Activation date 2026-11-25", receipt);
        Assert.Contains("Anniversary date 2027-11-25", receipt); // R-DATE-3: a year after activation
    }

    /// <summary>Clicks a document link, waits for its download, checks it is a PDF and returns its words in reading order.</summary>
    private static async Task<string> PdfTextAsync(IPage page, string link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(link).ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        var pdf = buffer.ToArray();
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5));
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
        using var document = PdfDocument.Open(pdf);
        return string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()
            .OrderByDescending(w => Math.Round(w.Letters[0].StartBaseLine.Y, 1))
            .ThenBy(w => w.BoundingBox.Left)
            .Select(w => w.Text)));
    }
}
