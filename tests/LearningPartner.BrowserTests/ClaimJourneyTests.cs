using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningPartner.BrowserTests;

/// <summary>
/// Issue 22 (R-MCT-1) in a real browser: a partner admin claims an exam with a transcript PDF, which counts for nothing; support
/// staff check the PDF and verify the claim from their queue; the option can then be ordered.
/// </summary>
public sealed class ClaimJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task AClaimVerifiedFromTheQueueMakesTheOptionOrderable()
    {
        var admin = await browser.SignedInPageAsync(ClaimSteps.Admin);
        var support = await browser.SignedInPageAsync(ClaimSteps.Support);
        await ClaimSteps.ClaimPl200WithAPdfAsync(admin);

        await support.GotoAsync("/staff/claims");
        var claim = support.Locator("[data-claim]").Filter(new() { HasText = "Exam PL-200 passed by Zhao Lei" });
        await Expect(claim).ToContainTextAsync("Silver · Cloud Business Applications");
        await Expect(claim.GetByRole(AriaRole.Link, new() { Name = "Transcript PDF" })).ToBeVisibleAsync();
        await claim.GetByLabel("What you checked").FillAsync("Transcript PDF shows PL-200 passed 2026-10-01");
        await claim.GetByRole(AriaRole.Button, new() { Name = "Verify PL-200 Zhao Lei" }).ClickAsync();
        await Expect(support.GetByRole(AriaRole.Status)).ToHaveTextAsync("The exam pass was verified and now counts toward requirements.");

        await ClaimSteps.OrderSilverCloudBusinessApplicationsAsync(admin);
    }
}
