using LearningPartner.FunctionalTests.Access;
using Microsoft.Playwright;

namespace LearningPartner.BrowserTests;

/// <summary>
/// The pages of the access matrix that a person reads in a browser, each with the first persona allowed to read it,
/// and a browser context signed in as a persona. Shared by the walks over every page (accessibility, screen widths), so
/// a page added to the matrix is checked by all of them.
/// </summary>
public static class PortalPages
{
    /// <summary>Downloads (CSV, documents, logos, a rule set's JSON), the API, redirects and error pages: not pages to check.</summary>
    private static readonly string[] NotPages =
        [".csv", ".pdf", "/activity/export", "/document", "/evidence", "/proof", "/api/", "/error", "/dashboard", "/progress/", "/access-denied", "/logo", "/staff/rule-sets/FY"];

    /// <summary>Each distinct page of the access matrix, with the first persona (anonymous first) that may see it.</summary>
    public static IEnumerable<(string Url, string? Persona)> All() =>
        AccessMatrix.Rows
            .Where(r => !NotPages.Any(n => r.Url.Contains(n, StringComparison.Ordinal)))
            .Select(r => (r.Url, Index: Array.IndexOf(r.Expected, Expect.Ok)))
            .Where(r => r.Index >= 0)
            .Select(r => (r.Url, AccessMatrix.PersonaColumns[r.Index]))
            .DistinctBy(p => p.Url);

    /// <summary>A browser context in <paramref name="language"/>, signed in with the persona's button (none: anonymous).</summary>
    public static async Task<IBrowserContext> SignedInContextAsync(
        BrowserFixture browser, string? persona, string language, ViewportSize? viewport = null)
    {
        var options = new BrowserNewContextOptions { Locale = language };
        if (viewport is not null)
        {
            options.ViewportSize = viewport;
        }

        var context = await browser.NewContextAsync(options);
        await context.AddCookiesAsync([new Cookie
        {
            Name = ".AspNetCore.Culture", Value = $"c={language}|uic={language}", Url = browser.BaseAddress.ToString(),
        }]);
        if (persona is not null)
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/account/sign-in");
            await page.Locator($"button[data-persona='{persona}']").ClickAsync();
            await BrowserFixture.WaitUntilSignedInAsync(page);
            await page.CloseAsync();
        }

        return context;
    }
}
