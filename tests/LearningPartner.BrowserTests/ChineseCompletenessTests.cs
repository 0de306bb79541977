using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace LearningPartner.BrowserTests;

/// <summary>
/// Issue 24, "Chinese is complete": every page of the access matrix (<see cref="PortalPages"/>), read in zh-CN, shows no
/// English sentence in its header or main content — outside names, codes and user data. A failure names the page and the
/// English text, which is the key to translate (or the hard-coded text to pass through the localizer).
/// </summary>
public sealed partial class ChineseCompletenessTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>
    /// The text a reader meets in the header and <c>main</c>: each text node (script, style, code, kbd, samp, anything
    /// marked <c>translate="no"</c> and text people wrote, marked <c>data-user-text</c>, left out, as are form fields' values) and the labels that stand in for text
    /// (placeholder, aria-label, title, alt). One string per node or attribute, whitespace collapsed.
    /// </summary>
    private const string TextScript = """
        () => {
            const skip = 'script, style, template, code, kbd, samp, textarea, [translate="no"], [data-user-text]';
            const texts = [];
            for (const root of document.querySelectorAll('header, main')) {
                const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
                for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                    if (n.parentElement.closest(skip)) { continue; }
                    const t = n.textContent.replace(/\s+/g, ' ').trim();
                    if (t) { texts.push(t); }
                }
                for (const e of root.querySelectorAll('[placeholder], [aria-label], [title], img[alt]')) {
                    if (e.closest(skip)) { continue; }
                    for (const a of ['placeholder', 'aria-label', 'title', 'alt']) {
                        const v = (e.getAttribute(a) || '').replace(/\s+/g, ' ').trim();
                        if (v) { texts.push(v); }
                    }
                }
            }
            return [...new Set(texts)];
        }
        """;

    /// <summary>
    /// English found in zh-CN that is not the portal's own wording but data stored in English, each with its follow-up.
    /// Matched as a substring of the offending run of words.
    /// </summary>
    private static readonly string[] AllowList =
    [
        // Wire instructions (appsettings, Payments:WireInstructions): the beneficiary's and the bank's names, as the bank
        // knows them. Names, not wording; the demo beneficiary's "(DEMO, do not pay)" is part of the demo configuration.
        "DEMO, do not pay",
        "Bank of America",
        // A company's registered name (demo directory listing).
        "Woodgrove Institute of Technology",
    ];

    [Fact]
    public async Task NoPageShowsAnEnglishSentenceInChinese()
    {
        var contexts = new Dictionary<string, IBrowserContext>();
        var found = new List<string>();
        foreach (var (url, persona) in PortalPages.All())
        {
            var key = persona ?? "anonymous";
            if (!contexts.TryGetValue(key, out var context))
            {
                contexts[key] = context = await PortalPages.SignedInContextAsync(browser, persona, "zh-CN");
            }

            var page = await context.NewPageAsync();
            var response = await page.GotoAsync(url);
            Assert.True(response?.Ok, $"{url} ({key}): {response?.Status}");
            foreach (var text in await page.EvaluateAsync<string[]>(TextScript))
            {
                found.AddRange(EnglishSentences(text).Select(s => $"{url} ({key}): \"{s}\" in \"{Shorten(text)}\""));
            }

            await page.CloseAsync();
        }

        foreach (var context in contexts.Values)
        {
            await context.CloseAsync();
        }

        Assert.True(found.Count == 0, $"{found.Count} English text(s) in zh-CN:\n" + string.Join("\n", found.Distinct()));
    }

    /// <summary>The check itself finds English wording, and leaves names, codes, addresses and Chinese alone.</summary>
    [Fact]
    public void TheCheckFindsEnglishSentencesButNotNamesOrCodes()
    {
        Assert.NotEmpty(EnglishSentences("Upload the proof of payment"));
        Assert.NotEmpty(EnglishSentences("订单Order is not paid yet"));
        Assert.Empty(EnglishSentences("Contoso Learning Ltd"));
        Assert.Empty(EnglishSentences("Casey Morgan · AZ-900 · EUR 1,234.50"));
        Assert.Empty(EnglishSentences("联系 someone.at.the.partner@contoso.example 或 https://learn.microsoft.com/en-us/training/"));
        Assert.Empty(EnglishSentences("请上传付款证明"));
    }

    /// <summary>
    /// The runs of three or more English words (letters only, two or more each) holding at least one common function
    /// word, which a name or a code never does; e-mail addresses and URLs are removed first.
    /// </summary>
    internal static IEnumerable<string> EnglishSentences(string text)
    {
        var stripped = AddressPattern().Replace(text, " ");
        foreach (Match run in WordRunPattern().Matches(stripped))
        {
            if (run.Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Any(CommonWords.Contains)
                && !AllowList.Any(a => run.Value.Contains(a, StringComparison.Ordinal)))
            {
                yield return run.Value;
            }
        }
    }

    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "the", "and", "to", "of", "for", "your", "is", "are", "this", "with", "by", "on", "in", "or", "not", "no", "be",
        "a", "an", "it", "at", "as", "from", "has", "have", "was", "will", "can", "you", "yet", "all", "any", "there",
    };

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..160] + "…";

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+|\bhttps?://\S+|\bwww\.\S+", RegexOptions.IgnoreCase)]
    private static partial Regex AddressPattern();

    /// <summary>Words of letters (an apostrophe inside allowed) joined by spaces or a comma; one-letter words ("a") too.</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9'-])[A-Za-z]+(?:'[a-z]+)?(?:,? +[A-Za-z]+(?:'[a-z]+)?){2,}(?![A-Za-z0-9-])")]
    private static partial Regex WordRunPattern();
}
