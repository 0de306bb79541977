using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace LearningPartner.BrowserTests;

/// <summary>
/// Issue 12: every page of the portal passes axe-core's automated accessibility checks with no serious or critical
/// violation, in both languages. The pages are the access matrix's: each page is opened by the first persona allowed to
/// see it (downloads, the API and error pages are not pages).
/// </summary>
public sealed class AccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>axe-core as bundled by Deque.AxeCore.Commons (4.14.0).</summary>
    private static readonly string AxeSource = new BundledAxeScriptProvider().GetScript();

    /// <summary>
    /// Runs axe in the page for the WCAG 2.1 A and AA rules (axe's best-practice rules are advice, not failures) and
    /// returns only the violations. Run in the page itself: Deque's RunAxe finishes every run in a new blank page,
    /// which cost ~3 s a page here — too slow for ~90 pages in CI.
    /// </summary>
    private const string RunAxeScript = """
        async () => {
            const results = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                resultTypes: ['violations'],
            });
            return results.violations.map(v => ({
                id: v.id, impact: v.impact ?? '', help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.html),
            }));
        }
        """;

    public static TheoryData<string> Languages() => new() { "en-US", "zh-CN" };

    /// <summary>Every resource a page names (scripts, styles, icons, images, frames, media).</summary>
    private const string ResourceUrlsScript = """
        () => [...document.querySelectorAll('[src], link[href], object[data]')]
            .map(e => e.src || e.href || e.data).filter(u => typeof u === 'string' && u.length > 0)
        """;

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task EveryPageIsAccessibleAndLoadsNothingFromOtherHosts(string language)
    {
        var contexts = new Dictionary<string, IBrowserContext>();
        var found = new List<string>();
        foreach (var (url, persona) in PortalPages.All())
        {
            var key = persona ?? "anonymous";
            if (!contexts.TryGetValue(key, out var context))
            {
                contexts[key] = context = await PortalPages.SignedInContextAsync(browser, persona, language);
            }

            var page = await context.NewPageAsync();
            var where = $"{language} {url} ({key})";
            page.Request += (_, request) => found.AddRange(ElsewhereThanThePortal(where, request.Url));
            page.Console += (_, message) =>
            {
                // A refused load (the CSP, a missing file) shows as a console error.
                if (message.Type == "error")
                {
                    found.Add($"{where}: console error {message.Text}");
                }
            };
            var response = await page.GotoAsync(url);
            Assert.True(response?.Ok, $"{where}: {response?.Status}");
            foreach (var resource in await page.EvaluateAsync<string[]>(ResourceUrlsScript))
            {
                found.AddRange(ElsewhereThanThePortal(where, resource));
            }

            found.AddRange((await ViolationsAsync(page)).Select(v => $"{where}: {v}"));
            await page.CloseAsync();
        }

        foreach (var context in contexts.Values)
        {
            await context.CloseAsync();
        }

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    /// <summary>The check itself can fail: an image without a text alternative and unreadable text are found.</summary>
    [Fact]
    public async Task TheCheckFindsViolationsWhenThereAreSome()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.EvaluateAsync("""
            () => {
                const img = document.createElement('img');
                img.src = '/favicon.ico';
                const faint = document.createElement('p');
                faint.textContent = 'Faint text';
                faint.style.color = '#eeeeee';
                document.querySelector('main').append(img, faint);
            }
            """);

        var violations = await ViolationsAsync(page);

        Assert.Contains(violations, v => v.StartsWith("image-alt [critical]", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("color-contrast [serious]", StringComparison.Ordinal));
        Assert.Single(ElsewhereThanThePortal("test", "https://cdn.example.com/x.js"));
        await page.Context.CloseAsync();
    }

    /// <summary>axe's serious and critical WCAG 2.1 A/AA violations on the page, one line each.</summary>
    private static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        await page.EvaluateAsync(AxeSource);
        var violations = await page.EvaluateAsync<Violation[]>(RunAxeScript);
        return violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} [{v.Impact}] {v.Help} — {string.Join(" | ", v.Nodes)}")
            .ToList();
    }

    /// <summary>A load from anywhere but the portal itself (data: and blob: URLs stay in the page).</summary>
    private IEnumerable<string> ElsewhereThanThePortal(string where, string url)
    {
        if (url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal)
            || (Uri.TryCreate(url, UriKind.Absolute, out var uri)
                && string.Equals(uri.GetLeftPart(UriPartial.Authority), browser.BaseAddress.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase)))
        {
            yield break;
        }

        yield return $"{where}: loads {url} from another host";
    }

    /// <summary>One axe violation as the script returns it (Playwright fills settable properties).</summary>
    private sealed class Violation
    {
        public string Id { get; set; } = "";

        public string Impact { get; set; } = "";

        public string Help { get; set; } = "";

        public string[] Nodes { get; set; } = [];
    }
}
