using System.Text.RegularExpressions;
using LearningPartner.FunctionalTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningPartner.BrowserTests;

/// <summary>
/// The real portal on a real loopback port (Kestrel), driven by Debian's Chromium through Playwright's bundled
/// driver. Never downloads a browser: it uses /usr/bin/chromium (installed by test.sh / .ci/run).
/// </summary>
/// <remarks>
/// Tests wait for what a user waits for — an element, a text, an address — through Playwright's retrying assertions
/// (<c>Expect</c>) and locators, never for a load or navigation event, which may have fired before the wait began. The
/// timeouts for those waits are set here, once, for a loaded two-core CI machine (other builds beside the suite).
/// </remarks>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>How long an <c>Expect</c> assertion retries (Playwright's default is 5 s).</summary>
    public const float ExpectTimeout = 30_000;

    /// <summary>How long an action waits for its element, and a <c>GotoAsync</c> or <c>ReloadAsync</c> for its page (default 30 s).</summary>
    public const float ActionTimeout = 60_000;

    private IPlaywright? _playwright;

    public PortalFactory Factory { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        SetDefaultExpectTimeout(ExpectTimeout);
        Factory.UseKestrel(0);
        Factory.StartServer();
        BaseAddress = Factory.ClientOptions.BaseAddress;

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run ./test.sh, which installs Debian's chromium package.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    public async Task<IPage> NewPageAsync(string locale = "en-US")
    {
        var context = await NewContextAsync(new BrowserNewContextOptions
        {
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    /// <summary>A new browser context on the portal (<paramref name="options"/> with its base address) with this fixture's timeouts.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
    {
        options.BaseURL = BaseAddress.ToString();
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(ActionTimeout);
        context.SetDefaultNavigationTimeout(ActionTimeout);
        return context;
    }

    /// <summary>A new browser signed in with the persona's button (<paramref name="button"/> is its accessible name).</summary>
    public async Task<IPage> SignedInPageAsync(string button)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await WaitUntilSignedInAsync(page);
        return page;
    }

    /// <summary>
    /// Waits, after a persona's button is pressed, for the page the user lands on: the address leaves the sign-in page and
    /// that page's heading shows. (The sign-in page has a heading too: waiting for a heading alone returned at once.)
    /// </summary>
    public static async Task WaitUntilSignedInAsync(IPage page)
    {
        await Expect(page).Not.ToHaveURLAsync(new Regex("/account/sign-in"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }
}
