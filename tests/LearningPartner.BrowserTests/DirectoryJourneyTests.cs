using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningPartner.BrowserTests;

/// <summary>
/// Issue 10 in a browser: a partner admin requests a change to its listing, a directory editor approves it, and from the
/// batch's publication date the public directory shows it (R-DIR-1..4).
/// </summary>
public sealed class DirectoryJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task PartnerRequestsEditorApprovesThePublicDirectoryShowsItFromThePublicationDate()
    {
        // Today is 2026-11-25: after the 21st, so the request joins the batch of 2026-12, published on 2027-01-07.
        var partner = await browser.NewPageAsync();
        await partner.GotoAsync("/account/sign-in");
        await partner.GetByRole(AriaRole.Button, new() { Name = "Sign in as Avery Chen" }).ClickAsync();
        await partner.GetByRole(AriaRole.Link, new() { Name = "Listing", Exact = true }).ClickAsync();
        await Expect(partner.Locator("#batch-calendar")).ToContainTextAsync("joins the batch of 2026-12");
        await partner.GetByLabel("Name to show").FillAsync("Contoso Learning Academy");
        await partner.GetByLabel("Your Microsoft-titled landing page (https://…)").FillAsync("https://academy.contoso-learning.example/microsoft");
        await partner.GetByLabel("is only about our organisation").CheckAsync();
        await partner.GetByLabel("shows no competitors").CheckAsync();
        await partner.GetByLabel("is on a web site our organisation owns").CheckAsync();
        await partner.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();
        await Expect(partner.GetByRole(AriaRole.Status)).ToContainTextAsync("joins the next editorial batch");
        var request = partner.Locator("#listing-requests tbody tr").First;
        await Expect(request.Locator("[data-batch]")).ToHaveAttributeAsync("data-batch", "2026-12");
        await Expect(request.Locator("[data-publish]")).ToHaveTextAsync("2027-01-07");

        var editor = await browser.NewPageAsync();
        await editor.GotoAsync("/account/sign-in");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Sign in as Dana Kim" }).ClickAsync();
        await editor.GetByRole(AriaRole.Link, new() { Name = "Directory requests" }).ClickAsync();
        var item = editor.Locator("article.queue-item", new() { HasText = "Contoso Learning Academy" });
        await Expect(item.Locator("[data-field='name']")).ToHaveClassAsync("changed");
        await Expect(item.Locator("[data-field='name']")).ToContainTextAsync("(was Contoso Learning)");
        await item.GetByLabel("it is only about this partner").CheckAsync();
        await item.GetByLabel("it shows no competitors").CheckAsync();
        await item.GetByLabel("the partner owns the site").CheckAsync();
        await item.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("approved and scheduled for publication");

        // Before the publication date the directory still shows the current listing; from it, the new one.
        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync("/directory");
        await Expect(visitor.Locator("#directory")).ToContainTextAsync("Contoso Learning");
        await visitor.GetByLabel("Partner name").FillAsync("academy");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(visitor.Locator("#directory-empty")).ToBeVisibleAsync();

        browser.Factory.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 7, 8, 0, 0, TimeSpan.Zero));
        await visitor.ReloadAsync();
        await Expect(visitor).ToHaveURLAsync(new Regex("/directory\\?q=academy"));
        var entry = visitor.Locator("#directory li", new() { HasText = "Contoso Learning Academy" });
        await Expect(entry).ToBeVisibleAsync();
        // Issue 24: the name links to the partner's own page, the other link to its site.
        await Expect(entry.GetByRole(AriaRole.Link, new() { Name = "Contoso Learning Academy", Exact = true }))
            .ToHaveAttributeAsync("href", "/directory/4100001/contoso-learning-academy");
        var site = entry.GetByRole(AriaRole.Link, new() { Name = "Visit Contoso Learning Academy's site" });
        await Expect(site).ToHaveAttributeAsync("href", "https://academy.contoso-learning.example/microsoft");
        await Expect(site).ToHaveAttributeAsync("rel", "noopener");
        await visitor.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "directory.png"), FullPage = true });
    }
}
