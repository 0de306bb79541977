using LearningPartner.Infrastructure.Seeding;
using Microsoft.Playwright;

namespace LearningPartner.BrowserTests;

/// <summary>
/// Issue 24, "any screen": every page of the access matrix (<see cref="PortalPages"/>) works on a phone 390 px wide and on
/// a 1,440 px desktop without sideways scrolling of the page; a wide table scrolls inside its own box instead.
/// </summary>
public sealed class ScreenWidthTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private static readonly ViewportSize Desktop = new() { Width = 1440, Height = 900 };

    /// <summary>
    /// Null when the page does not scroll sideways; otherwise the page's width and the element reaching farthest right
    /// that is not inside a box scrolling (or clipping) on its own — the one to fix. Ties go to the outermost element. A
    /// fixed element never makes the page scroll.
    /// </summary>
    private const string SidewaysScrollScript = """
        () => {
            const width = window.innerWidth;
            const scrollWidth = document.documentElement.scrollWidth;
            if (scrollWidth <= width) { return null; }
            // Inside a box that scrolls or clips on its own, which is also the element's containing block or holds it:
            // an absolutely positioned element (a visually hidden label) escapes every box up to its positioned ancestor.
            const boxed = e => {
                let position = getComputedStyle(e).position;
                for (let p = e.parentElement; p && p !== document.documentElement; p = p.parentElement) {
                    const style = getComputedStyle(p);
                    if (position === 'fixed') { return true; }
                    if (position === 'absolute' && style.position === 'static' && style.transform === 'none') { continue; }
                    if (['auto', 'scroll', 'hidden', 'clip'].includes(style.overflowX)) { return true; }
                    position = style.position;
                }
                return false;
            };
            const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + [...e.classList].map(c => '.' + c).join('');
            let widest = null, right = width;
            for (const e of document.body.querySelectorAll('*')) {
                const r = e.getBoundingClientRect().right;
                if (r > right && !boxed(e)) { widest = e; right = r; }
            }
            let path = 'nothing found';
            if (widest) {
                const names = [];
                for (let e = widest; e && e !== document.body && names.length < 4; e = e.parentElement) { names.unshift(name(e)); }
                path = names.join(' > ') + ` (right edge ${Math.ceil(right)} px, "${(widest.textContent || '').trim().slice(0, 40)}")`;
            }
            return `page is ${scrollWidth} px wide: ${path}`;
        }
        """;

    /// <summary>Null when the element is shown and lies wholly within the window's width; otherwise where it is.</summary>
    private const string OffScreenScript = """
        e => {
            const r = e.getBoundingClientRect();
            return r.width > 0 && r.height > 0 && r.left >= 0 && r.right <= window.innerWidth
                ? null
                : `${e.tagName.toLowerCase()} "${e.textContent.trim()}" at ${Math.floor(r.left)}–${Math.ceil(r.right)} px (${r.width}×${r.height})`;
        }
        """;

    /// <summary>
    /// Each page is loaded once, at the phone's width, then checked again after the window is widened to the desktop's:
    /// the browser lays the page out afresh for the new width (media queries included), and no page here lays itself out
    /// by script, so this is what loading it at that width shows — at half the cost of loading every page twice.
    /// </summary>
    [Fact]
    public async Task NoPageScrollsSidewaysOnAPhoneOrADesktop()
    {
        var found = new List<string>();
        var pages = new Dictionary<string, IPage>();
        foreach (var (url, persona) in PortalPages.All())
        {
            var key = persona ?? "anonymous";
            if (!pages.TryGetValue(key, out var page))
            {
                var context = await PortalPages.SignedInContextAsync(browser, persona, "en-US", Phone);
                pages[key] = page = await context.NewPageAsync();
            }

            await page.SetViewportSizeAsync(Phone.Width, Phone.Height);
            var response = await page.GotoAsync(url);
            Assert.True(response?.Ok, $"{url} ({key}): {response?.Status}");
            foreach (var size in new[] { Phone, Desktop })
            {
                await page.SetViewportSizeAsync(size.Width, size.Height);
                if (await page.EvaluateAsync<string?>(SidewaysScrollScript) is { } problem)
                {
                    found.Add($"{url} ({key}) at {size.Width} px: {problem}");
                }
            }
        }

        foreach (var page in pages.Values)
        {
            await page.Context.CloseAsync();
        }

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    /// <summary>
    /// The header at 390 px, for every demo persona (the longest names, organisations and menus): the page does not
    /// scroll sideways, the user box and its sign-out button are on screen, and the menu opens with every link on screen.
    /// </summary>
    [Fact]
    public async Task TheHeaderFitsAPhoneForEveryPersona()
    {
        var found = new List<string>();
        foreach (var persona in DemoPersonas.All)
        {
            var context = await PortalPages.SignedInContextAsync(browser, persona.Key, "en-US", Phone);
            var page = await context.NewPageAsync();
            await page.GotoAsync("/resources");
            var header = page.Locator(".site-header");
            var signOut = header.GetByRole(AriaRole.Button, new() { Name = "Sign out" });
            var menu = header.GetByRole(AriaRole.Button, new() { Name = "Menu" });
            foreach (var element in new[] { header.Locator(".user-name"), signOut, menu })
            {
                if (await element.EvaluateAsync<string?>(OffScreenScript) is { } where)
                {
                    found.Add($"{persona.Key}: {where}");
                }
            }

            await menu.ClickAsync();
            foreach (var link in await header.Locator("#site-nav a").AllAsync())
            {
                if (await link.EvaluateAsync<string?>(OffScreenScript) is { } where)
                {
                    found.Add($"{persona.Key}, menu open: {where}");
                }
            }

            if (await page.EvaluateAsync<string?>(SidewaysScrollScript) is { } problem)
            {
                found.Add($"{persona.Key}, menu open: {problem}");
            }

            await context.CloseAsync();
        }

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    /// <summary>
    /// The check itself can fail: a block wider than the phone is found and named; inside a scroll box it is not, unless
    /// it escapes the box.
    /// </summary>
    [Fact]
    public async Task TheCheckFindsAPageThatScrollsSideways()
    {
        var context = await PortalPages.SignedInContextAsync(browser, null, "en-US", Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/resources");
        await page.EvaluateAsync("""
            () => {
                const box = document.createElement('div');
                box.className = 'table-wrap';
                const wide = document.createElement('div');
                wide.id = 'too-wide';
                wide.style.width = '600px';
                wide.textContent = 'Wide'; // an empty box does not widen the page
                box.append(wide);
                document.querySelector('main').append(box);
            }
            """);
        Assert.Null(await page.EvaluateAsync<string?>(SidewaysScrollScript));

        await page.EvaluateAsync("() => document.querySelector('main').append(document.getElementById('too-wide'))");
        var problem = await page.EvaluateAsync<string?>(SidewaysScrollScript);

        Assert.NotNull(problem);
        Assert.Contains("main#main.content > div#too-wide", problem, StringComparison.Ordinal);

        // A visually hidden (absolutely positioned) label in a scroll box that is not its containing block escapes it.
        await page.EvaluateAsync("""
            () => {
                const wide = document.getElementById('too-wide');
                wide.style.display = 'inline-block';
                const box = document.createElement('div');
                box.id = 'not-positioned';
                box.style.overflowX = 'auto';
                box.style.whiteSpace = 'nowrap'; // the label sits on the wide block's line, beyond the phone's width
                const label = document.createElement('span');
                label.className = 'visually-hidden';
                label.textContent = 'Hidden';
                box.append(wide, label);
                document.querySelector('main').append(box);
            }
            """);
        problem = await page.EvaluateAsync<string?>(SidewaysScrollScript);

        Assert.NotNull(problem);
        Assert.Contains("div#not-positioned > span.visually-hidden", problem, StringComparison.Ordinal);
        await context.CloseAsync();
    }
}
