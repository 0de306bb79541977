using LearningPartner.Infrastructure.Seeding;

namespace LearningPartner.UnitTests.Docs;

/// <summary>The README's first steps match what a new user sees on the sign-in page.</summary>
public sealed class ReadmeTests
{
    [Fact]
    public void TheReadmeListsEveryPersonaTheSignInPageOffers()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot(), "README.md"));

        var missing = DemoPersonas.All
            .Where(p => !readme.Contains($"| {p.DisplayName} (`{p.Key}`) | {Shown(p.Roles)} | {p.Description} |", StringComparison.Ordinal))
            .Select(p => p.Key).ToList();

        Assert.Empty(missing);
    }

    /// <summary>The role names the sign-in page shows in English (issue 24: never the app-role codes), written out here.</summary>
    private static string Shown(IReadOnlyCollection<string> roles) => roles.Count == 0
        ? "—"
        : string.Join(", ", roles.Select(r => r switch
        {
            "PartnerAdmin" => "Partner admin",
            "AccountAdmin" => "Account admin",
            "PartnerUser" => "Partner user",
            "ReportViewer" => "Report viewer",
            "SupportStaff" => "Support staff",
            "DirectoryEditor" => "Directory editor",
            _ => r,
        }));
}
