using System.Text.RegularExpressions;
using System.Xml.Linq;
using LearningPartner.Domain.Partners;
using LearningPartner.Infrastructure.Seeding;

namespace LearningPartner.UnitTests.Localization;

/// <summary>
/// Every UI string is a key of the shared resource (its en-US text); each must have a zh-CN translation,
/// with the same placeholders. A new string without a translation fails here, not in front of a user.
/// </summary>
public sealed partial class ResourceCoverageTests
{
    private static readonly string WebRoot = Path.Combine(TestPaths.RepositoryRoot(), "src", "LearningPartner.Web");

    [Fact]
    public void EveryUiStringHasAChineseTranslation()
    {
        var translations = Translations();

        var missing = UsedKeys().Where(k => !translations.ContainsKey(k)).ToList();

        Assert.True(missing.Count == 0, "Missing in SharedResource.zh-CN.resx:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void TranslationsKeepTheirPlaceholders()
    {
        var broken = Translations()
            .Where(t => !Placeholders(t.Key).SetEquals(Placeholders(t.Value)))
            .Select(t => t.Key)
            .ToList();

        Assert.Empty(broken);
    }

    [Fact]
    public void TheScanFindsTheStrings() => Assert.Contains("Learning Partner Portal", UsedKeys());

    private static HashSet<string> UsedKeys()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(WebRoot, "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            foreach (Match match in KeyPattern().Matches(File.ReadAllText(file)))
            {
                keys.Add(match.Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal));
            }
        }

        // Shown through L[...] from data: persona descriptions and role names on the sign-in page.
        keys.UnionWith(DemoPersonas.All.Select(p => p.Description));
        keys.UnionWith(PortalRoles.All);
        // Country/region names (R-DIR-2), by their English name.
        keys.UnionWith(LearningPartner.Web.Features.Common.CountryNames.English.Values);
        return keys;
    }

    private static Dictionary<string, string> Translations() =>
        XDocument.Load(Path.Combine(WebRoot, "Resources", "SharedResource.zh-CN.resx"))
            .Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    private static HashSet<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Value).ToHashSet();


    [GeneratedRegex(@"(?:\bL|localizer)\[""((?:[^""\\]|\\.)*)""")]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
