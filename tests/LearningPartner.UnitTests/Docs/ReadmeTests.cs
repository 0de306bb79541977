using LearningPartner.Infrastructure.Seeding;

namespace LearningPartner.UnitTests.Docs;

/// <summary>The README's first steps match what a new user sees on the sign-in page.</summary>
public sealed class ReadmeTests
{
    [Fact]
    public void TheReadmeListsEveryPersonaTheSignInPageOffers()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot(), "README.md"));

        var missing = DemoPersonas.All.Where(p => !readme.Contains($"| {p.DisplayName} (`{p.Key}`) | {p.Description} |", StringComparison.Ordinal))
            .Select(p => p.Key).ToList();

        Assert.Empty(missing);
    }
}
