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
        await admin.GetByLabel("PDF, PNG or JPEG, at most 5 MB").SetInputFilesAsync(new FilePayload
        {
            Name = "renewal.pdf",
            MimeType = "application/pdf",
            Buffer = "%PDF-1.7\n%%EOF\n"u8.ToArray(),
        });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await Expect(admin.GetByText("Proof received, awaiting confirmation")).ToBeVisibleAsync(); // before support looks for it

        await support.GotoAsync("/staff/payments");
        await support.GetByRole(AriaRole.Button, new() { Name = $"Confirm payment {reference}" }).ClickAsync();
        await Expect(support.GetByRole(AriaRole.Status)).ToHaveTextAsync("The payment was confirmed and the option is active.");

        await admin.GetByRole(AriaRole.Link, new() { Name = "Overview", Exact = true }).ClickAsync();
        var silver = admin.Locator(".option-card").Filter(new() { HasText = "Silver · Data Platform" });
        await Expect(silver).ToContainTextAsync("Active");
        await Expect(silver).ToContainTextAsync("2027-11-10");
    }
}
