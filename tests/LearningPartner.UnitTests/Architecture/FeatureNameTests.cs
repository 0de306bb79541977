using Microsoft.AspNetCore.Mvc;

namespace LearningPartner.UnitTests.Architecture;

/// <summary>
/// One feature name everywhere (STYLE, issue 19): a reader who finds <c>Controllers/CaseReviewController.cs</c> finds
/// <c>Views/CaseReview/</c>, <c>Web/Features/CaseReview/</c> and <c>Application/CaseReview/</c>. Every folder of views, of web
/// features and of use cases is named after a controller, but for the few shared ones listed here.
/// </summary>
public sealed class FeatureNameTests
{
    private static readonly string Src = Path.Combine(TestPaths.RepositoryRoot(), "src");

    private static readonly HashSet<string> Controllers = typeof(Program).Assembly.GetTypes()
        .Where(t => typeof(ControllerBase).IsAssignableFrom(t) && !t.IsAbstract && t.Name.EndsWith("Controller", StringComparison.Ordinal))
        .Select(t => t.Name[..^"Controller".Length])
        .ToHashSet(StringComparer.Ordinal);

    public static TheoryData<string, string[]> FeatureFolders() => new()
    {
        // folder, the shared folders it may hold besides one per controller
        { Path.Combine("LearningPartner.Web", "Views"), ["Shared"] },
        { Path.Combine("LearningPartner.Web", "Features"), ["Common"] },
        // Standing: a partner's standing on a date, which most partner pages read.
        { "LearningPartner.Application", ["Common", "Standing"] },
    };

    [Theory]
    [MemberData(nameof(FeatureFolders))]
    public void EveryFeatureFolderIsNamedAfterAController(string folder, string[] shared)
    {
        var unmatched = Directory.EnumerateDirectories(Path.Combine(Src, folder))
            .Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj") && !shared.Contains(name) && !Controllers.Contains(name!))
            .ToList();

        Assert.True(unmatched.Count == 0, $"Not named after a controller in {folder}: {string.Join(", ", unmatched)}");
    }

    /// <summary>Controllers without pages, written out: the two APIs and the language switch. Every other one has its views folder.</summary>
    [Fact]
    public void EveryControllerButTheApisAndTheLanguageSwitchHasItsViewsFolder()
    {
        var withoutViews = Controllers.Where(name => !Directory.Exists(Path.Combine(Src, "LearningPartner.Web", "Views", name)))
            .Order(StringComparer.Ordinal);

        Assert.Equal(["Culture", "DirectoryApi", "PartnerApi"], withoutViews);
    }

    [Fact]
    public void ThereAreFeaturesToCheck() => Assert.True(Controllers.Count >= 20);
}
