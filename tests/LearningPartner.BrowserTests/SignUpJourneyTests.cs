using System.Text.RegularExpressions;
using LearningPartner.FunctionalTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningPartner.BrowserTests;

/// <summary>
/// Issue 21's journey in a real browser (R-ORG-1, R-ORG-2): a person of no organisation registers a training company,
/// support staff verify it, its new partner admin invites a colleague, and the colleague — signed in with the invited
/// address — accepts the emailed link and reads the company's overview on the first sign-in.
/// </summary>
public sealed partial class SignUpJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string ColleagueEmail = "riley.brooks@litware-learning.example";

    [Fact]
    public async Task ANewCompanyRegistersIsVerifiedAndItsInvitedColleagueSignsIn()
    {
        var newcomer = await browser.SignedInPageAsync("Sign in as Casey Morgan");
        await newcomer.GetByRole(AriaRole.Link, new() { Name = "Register your training company" }).ClickAsync();
        await newcomer.GetByLabel("Legal name").FillAsync("Litware Learning Ltd");
        await newcomer.GetByLabel("Country/region").SelectOptionAsync("GB");
        await newcomer.GetByLabel("Address").FillAsync("1 Station Road, Cambridge CB1 2JB");
        await newcomer.GetByLabel("Website (https://…)").FillAsync("https://www.litware-learning.example");
        await newcomer.GetByLabel("Tax or VAT id").FillAsync("GB 123 4567 89");
        await newcomer.GetByLabel("Primary contact's name").FillAsync("Casey Morgan");
        await newcomer.GetByLabel("Primary contact's email").FillAsync("casey.morgan@litware-learning.example");
        await newcomer.GetByLabel(new Regex("I accept version .* of the program agreement")).CheckAsync();
        await newcomer.GetByRole(AriaRole.Button, new() { Name = "Register", Exact = true }).ClickAsync();

        // The partner id at once (the next free one after the demo world's), pending verification.
        await Expect(newcomer).ToHaveURLAsync(new Regex("/partners/4100009$"));
        await Expect(newcomer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Litware Learning Ltd");
        await Expect(newcomer.Locator("[data-registration=pending]")).ToBeVisibleAsync();

        var support = await browser.SignedInPageAsync("Sign in as Sam Rivera");
        await support.GotoAsync("/staff/registrations");
        var card = support.Locator("[data-registration='4100009']");
        await card.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
        await Expect(support.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await Expect(card).ToHaveCountAsync(0);

        await newcomer.ReloadAsync();
        await Expect(newcomer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Litware Learning Ltd");
        await Expect(newcomer.Locator("[data-registration]")).ToHaveCountAsync(0);

        await newcomer.GetByRole(AriaRole.Link, new() { Name = "Invitations", Exact = true }).ClickAsync();
        await newcomer.GetByLabel("Email").FillAsync(ColleagueEmail);
        await newcomer.GetByLabel("Role").SelectOptionAsync("PartnerUser");
        await newcomer.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Expect(newcomer.GetByRole(AriaRole.Status)).ToContainTextAsync(ColleagueEmail);
        await Expect(newcomer.GetByRole(AriaRole.Row).Filter(new() { HasText = ColleagueEmail })).ToContainTextAsync("Open");

        // The colleague's first sign-in: the emailed link, then the organisation's overview as a member.
        var colleague = await browser.SignedInPageAsync("Sign in as Riley Brooks");
        await colleague.GotoAsync(InvitationLinkMailedTo(ColleagueEmail));
        await Expect(colleague.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Invitation to Litware Learning Ltd");
        await colleague.GetByRole(AriaRole.Button, new() { Name = "Accept invitation" }).ClickAsync();
        await Expect(colleague).ToHaveURLAsync(new Regex("/partners/4100009$"));
        await Expect(colleague.GetByRole(AriaRole.Status)).ToHaveTextAsync("Welcome: you are now a member of this organisation.");
        await Expect(colleague.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Litware Learning Ltd");

        // The admin sees the colleague among the company's people, and the invitation as accepted.
        await newcomer.ReloadAsync();
        await Expect(newcomer.GetByRole(AriaRole.Row).Filter(new() { HasText = ColleagueEmail })).ToContainTextAsync("Accepted on");
        await newcomer.GetByRole(AriaRole.Link, new() { Name = "People", Exact = true }).ClickAsync();
        await Expect(newcomer.GetByRole(AriaRole.Row).Filter(new() { HasText = "Riley Brooks" })).ToBeVisibleAsync();
    }

    /// <summary>The invitation link in the email the portal wrote to its outbox (Development has no SMTP server).</summary>
    private string InvitationLinkMailedTo(string email)
    {
        var mail = MailFiles.In(browser.Factory.DatabasePath + "-outbox").Single(m => m.IsTo(email));
        return InvitationLink().Match(mail.Text).Value;
    }

    [GeneratedRegex(@"/invitations/[A-Za-z0-9_-]{43}\b")]
    private static partial Regex InvitationLink();
}
