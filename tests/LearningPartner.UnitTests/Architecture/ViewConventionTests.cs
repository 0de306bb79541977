using System.Text.RegularExpressions;

namespace LearningPartner.UnitTests.Architecture;

/// <summary>
/// No inline scripts, event handlers or styles in views: they live in wwwroot, so a strict
/// Content-Security-Policy (no 'unsafe-inline') can be switched on without touching a view.
/// </summary>
public sealed partial class ViewConventionTests
{
    public static TheoryData<string> Views()
    {
        var data = new TheoryData<string>();
        var root = TestPaths.RepositoryRoot();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "src", "LearningPartner.Web", "Views"), "*.cshtml", SearchOption.AllDirectories))
        {
            data.Add(Path.GetRelativePath(root, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Views))]
    public void ViewHasNoInlineScriptOrStyle(string view)
    {
        var html = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot(), view));

        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotMatch(StyleAttribute(), html);
        Assert.DoesNotMatch(StyleElement(), html);
        Assert.DoesNotMatch(EventHandler(), html);
        Assert.DoesNotMatch(JavascriptUrl(), html);
    }

    [Theory]
    [MemberData(nameof(Views))]
    public void EveryPostFormCarriesAnAntiforgeryToken(string view)
    {
        var html = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot(), view));

        foreach (Match form in PostForm().Matches(html))
        {
            Assert.Contains("asp-antiforgery=\"true\"", form.Value);
        }
    }

    /// <summary>
    /// URLs come from the routes (<c>asp-controller</c>/<c>asp-action</c>/<c>asp-route-*</c>, or <c>Url.Action</c>), never a
    /// path typed into a view: renaming a route must not be a grep job (issue 19). Static files use <c>~/</c>.
    /// </summary>
    [Theory]
    [MemberData(nameof(Views))]
    public void ViewBuildsItsUrlsFromTheRoutes(string view)
    {
        var html = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot(), view));

        Assert.DoesNotMatch(TypedPath(), html);
    }

    [GeneratedRegex(@"\s(?:href|action|formaction|src|data-[a-z-]*url)\s*=\s*[""']/|[""']/(?:partners|staff|directory|resources|account)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TypedPath();

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"\sstyle\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();

    [GeneratedRegex(@"<style[\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex StyleElement();

    [GeneratedRegex(@"\son[a-z]+\s*=\s*[""']", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();

    [GeneratedRegex(@"javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex JavascriptUrl();

    [GeneratedRegex(@"<form[^>]*method=""post""[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex PostForm();
}
