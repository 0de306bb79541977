using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningPartner.BrowserTests;

/// <summary>Issue 6's journey: Woodgrove renews its gold option in grace, stepping down to silver (R-RNW-1, R-GLD-2).</summary>
public sealed class RenewalJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task RenewalInGraceFromTheOverview()
    {
        var admin = await browser.SignedInPageAsync("Sign in as Oliver Grant");
        var support = await browser.SignedInPageAsync("Sign in as Sam Rivera");

        await Expect(admin.Locator(".option-card").Filter(new() { HasText = "Gold · Data Platform" })).ToContainTextAsync("In grace");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Renew Gold Data Platform" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Renewal at Silver" })).ToBeVisibleAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Order the renewal" }).ClickAsync();
        await Expect(admin).ToHaveURLAsync(new Regex("/orders/\\d+$"));
        var reference = await admin.Locator("#payment-reference").InnerTextAsync();
        var price = (await admin.Locator("#order-amount").InnerTextAsync()).Split(' '); // e.g. "1,732.50 USD"
        var amount = price[0].Replace(",", string.Empty, StringComparison.Ordinal);
        await admin.GetByLabel("Payment date").FillAsync("2026-11-24");
        await admin.GetByLabel("Amount paid").FillAsync(amount);
        await admin.GetByLabel("Currency").FillAsync(price[1]);
        await admin.GetByLabel("Bank transaction reference").FillAsync("FT2611240002");
        await admin.GetByLabel("PDF, PNG or JPEG, at most 5 MB").SetInputFilesAsync(new FilePayload
        {
            Name = "renewal.pdf",
            MimeType = "application/pdf",
            Buffer = "%PDF-1.7\n%%EOF\n"u8.ToArray(),
        });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await Expect(admin.GetByText("Proof received, awaiting confirmation")).ToBeVisibleAsync(); // before support looks for it

        await support.GotoAsync("/staff/payments");
        var card = support.Locator("article").Filter(new() { HasText = reference });
        await card.GetByLabel("Amount received").FillAsync(amount);
        await card.GetByLabel("Value date").FillAsync("2026-11-24");
        await card.GetByLabel("Bank reference").FillAsync("BANK-2611240002");
        await card.GetByRole(AriaRole.Button, new() { Name = $"Confirm payment {reference}" }).ClickAsync();
        await Expect(support.GetByRole(AriaRole.Status)).ToHaveTextAsync("The payment was confirmed and the option is active.");

        await admin.GetByRole(AriaRole.Link, new() { Name = "Overview", Exact = true }).ClickAsync();
        var silver = admin.Locator(".option-card").Filter(new() { HasText = "Silver · Data Platform" });
        await Expect(silver).ToContainTextAsync("Active");
        await Expect(silver).ToContainTextAsync("2027-11-10");
    }
}
