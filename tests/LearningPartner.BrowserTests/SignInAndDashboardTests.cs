using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningPartner.BrowserTests;

public sealed class SignInAndDashboardTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task PartnerAdminSignsInAndSeesItsDashboard()
    {
        var page = await browser.NewPageAsync();
        var errors = CollectConsoleErrors(page);

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in as Avery Chen" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/partners/4100001$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Contoso Learning Ltd");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Purchases in the 12 complete months before this month" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "2026-10" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Avery Chen", new() { Exact = true })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "dashboard.png"), FullPage = true });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task TheLanguageSwitcherTurnsThePortalChineseWithoutAButtonClick()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/resources");

        await page.GetByLabel("Language").SelectOptionAsync("zh-CN");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("计划资源");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/resources$"));
    }

    [Fact]
    public async Task SupportStaffCanReachEveryPartnerFromTheNavigation()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in as Sam Rivera" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Partners");
        await page.GetByRole(AriaRole.Link, new() { Name = "Fabrikam Training GmbH" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Fabrikam Training GmbH");
        await Expect(page.GetByText(" EUR").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task TheSkipLinkIsTheFirstThingTheKeyboardReaches()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" })).ToBeFocusedAsync();
    }

    private static List<string> CollectConsoleErrors(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        return errors;
    }
}
