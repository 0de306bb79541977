using System.Text.RegularExpressions;

namespace LearningPartner.UnitTests.Docs;

/// <summary>
/// Issue 24: the rules travel with the product. Every relative link in the README and docs/ resolves in a fresh clone
/// (file and #anchor), and every rule id the code or tests cite is explained in docs/rules.md.
/// </summary>
public sealed partial class DocumentationLinkTests
{
    private static readonly string Root = TestPaths.RepositoryRoot();

    public static TheoryData<string> MarkdownFiles()
    {
        var files = new TheoryData<string>();
        files.Add("README.md");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            files.Add(Path.GetRelativePath(Root, file).Replace('\\', '/'));
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(MarkdownFiles))]
    public void EveryRelativeLinkResolves(string file)
    {
        var path = Path.Combine(Root, file);
        var text = CodeBlock().Replace(File.ReadAllText(path), string.Empty);
        var broken = new List<string>();
        foreach (Match link in MarkdownLink().Matches(text))
        {
            var target = link.Groups[1].Value;
            if (Scheme().IsMatch(target))
            {
                continue; // https:, mailto: — not in the repository
            }

            var hash = target.IndexOf('#', StringComparison.Ordinal);
            var (relative, anchor) = hash < 0 ? (target, string.Empty) : (target[..hash], target[(hash + 1)..]);
            var linked = relative.Length == 0 ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, Uri.UnescapeDataString(relative)));
            if (!File.Exists(linked) && !Directory.Exists(linked))
            {
                broken.Add($"{target} (no such file)");
            }
            else if (anchor.Length > 0 && linked.EndsWith(".md", StringComparison.Ordinal) && !Anchors(linked).Contains(anchor))
            {
                broken.Add($"{target} (no such anchor)");
            }
        }

        Assert.Empty(broken);
    }

    [Fact]
    public void EveryRuleIdTheCodeCitesIsExplainedInTheRulesDocument()
    {
        var explained = Anchors(Path.Combine(Root, "docs", "rules.md"));
        var cited = new[] { "src", "tests" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Root, folder), "*.*", SearchOption.AllDirectories))
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => RuleId().Matches(File.ReadAllText(f)).Select(m => m.Value))
            .ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(cited);
        Assert.Empty(cited.Where(id => !explained.Contains(id.ToLowerInvariant())).Order(StringComparer.Ordinal));
    }

    /// <summary>Explicit &lt;a id&gt; anchors and the ones GitHub makes from headings (lower case, spaces to '-', punctuation dropped).</summary>
    private static HashSet<string> Anchors(string markdown)
    {
        var text = File.ReadAllText(markdown);
        var anchors = ExplicitAnchor().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match heading in Heading().Matches(CodeBlock().Replace(text, string.Empty)))
        {
            var slug = NotSlug().Replace(heading.Groups[1].Value.Trim().ToLowerInvariant(), string.Empty).Replace(' ', '-');
            var count = seen.GetValueOrDefault(slug);
            seen[slug] = count + 1;
            anchors.Add(count == 0 ? slug : $"{slug}-{count}");
        }

        return anchors;
    }

    [GeneratedRegex(@"```.*?```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"^[a-z][a-z0-9+.-]*:", RegexOptions.IgnoreCase)]
    private static partial Regex Scheme();

    [GeneratedRegex(@"<a (?:id|name)=""([^""]+)""")]
    private static partial Regex ExplicitAnchor();

    [GeneratedRegex(@"^#{1,6} (.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"[^\w\- ]")]
    private static partial Regex NotSlug();

    [GeneratedRegex(@"\bR-[A-Z]{2,4}-[0-9]+\b")]
    private static partial Regex RuleId();
}
