using System.Net;
using System.Text.RegularExpressions;
using LearningPartner.FunctionalTests.Support;
using LearningPartner.Infrastructure.RuleSets;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartner.FunctionalTests.Access;

/// <summary>
/// Issue 24, "words a partner understands": no page a partner's people read shows the portal's rule ids (R-SLV-1 …) or a
/// competency's raw code (CLOUD-PRODUCTIVITY …) — they read the requirement and the competency's name. Every HTML page of the
/// access matrix under /partners/ that a partner persona may read is fetched in English and in Chinese; its visible text (tags,
/// attributes, scripts and styles stripped) is checked. Ids in URLs and attributes stay: they are no words to read.
/// </summary>
public sealed partial class PartnerWordingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string[] PartnerPersonas = [Personas.ContosoAdmin, Personas.ContosoUser, Personas.ContosoViewer, Personas.FabrikamAdmin];

    public static TheoryData<string, string> PagesAndPersonas()
    {
        var data = new TheoryData<string, string>();
        foreach (var persona in PartnerPersonas)
        {
            var column = Array.IndexOf(AccessMatrix.PersonaColumns, persona);
            foreach (var row in AccessMatrix.Rows.Where(r => r.Url.StartsWith("/partners/", StringComparison.Ordinal)
                         && r.Expected[column] == Expect.Ok && !IsFile(r.Url)))
            {
                foreach (var culture in new[] { "en-US", "zh-CN" })
                {
                    data.Add($"{row.Url}|{culture}", persona);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAndPersonas))]
    public async Task APartnerPageShowsNoRuleIdNorCompetencyCode(string urlAndCulture, string persona)
    {
        var (url, culture) = (urlAndCulture.Split('|')[0], urlAndCulture.Split('|')[1]);
        using var client = await factory.SignedInClientAsync(persona);
        await client.PostFormAsync("/", "/culture", ("culture", culture), ("returnUrl", "/"));
        var codes = factory.Services.GetRequiredService<RuleSetCatalogProvider>().Catalog.All
            .SelectMany(r => r.Competencies).Select(c => c.Code).Distinct().ToList();

        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = VisibleText(await response.Content.ReadAsStringAsync());

        Assert.False(RuleId().IsMatch(text), $"{url} ({culture}) shows a rule id: {Around(text, RuleId().Match(text).Index)}");
        foreach (var code in codes)
        {
            var match = Regex.Match(text, $@"(?<![A-Z0-9-]){Regex.Escape(code)}(?![A-Z0-9-])");
            Assert.False(match.Success, $"{url} ({culture}) shows the competency code {code}: {Around(text, match.Index)}");
        }
    }

    [Fact]
    public void TheSweepCoversThePartnerPagesOfTheMatrix()
    {
        var urls = PagesAndPersonas().Select(d => ((string)d[0]).Split('|')[0]).Distinct().ToList();
        foreach (var page in new[] { "/partners/4100001", "/partners/4100001/requirements", "/partners/4100001/enroll/silver/SECURITY",
                     "/partners/4100001/orders", "/partners/4100001/held-invoices", "/partners/4100001/cases/1", "/partners/4100001/directory",
                     "/partners/4100001/activity", "/partners/4100001/kpis/2026-10" })
        {
            Assert.Contains(page, urls);
        }
    }

    /// <summary>What a reader sees: no script or style, no tag (so no attribute), entities decoded, spaces collapsed.</summary>
    private static string VisibleText(string html)
    {
        var text = Regex.Replace(html, @"<(script|style)\b.*?</\1>", " ", RegexOptions.Singleline | RegexOptions.IgnoreCase);
        text = Regex.Replace(text, @"<!--.*?-->", " ", RegexOptions.Singleline);
        text = Regex.Replace(text, @"<[^>]*>", " ");
        return Regex.Replace(WebUtility.HtmlDecode(text), @"\s+", " ");
    }

    private static bool IsFile(string url) =>
        url.Contains(".pdf", StringComparison.Ordinal) || url.Contains(".csv", StringComparison.Ordinal) || url.Contains("/export", StringComparison.Ordinal)
        || url.EndsWith("/evidence", StringComparison.Ordinal) || url.EndsWith("/document", StringComparison.Ordinal) || url.EndsWith("/proof", StringComparison.Ordinal);

    private static string Around(string text, int index) => text.Substring(Math.Max(0, index - 80), Math.Min(160, text.Length - Math.Max(0, index - 80)));

    [GeneratedRegex(@"\bR-[A-Z]+-\d+")]
    private static partial Regex RuleId();
}
