using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace LearningPartner.UnitTests.Architecture;

/// <summary>
/// Web → Application → Infrastructure → Domain, and Web → Domain; never the other way (docs/architecture.md, ADR-010). The
/// project files say which project may use which; the compiled assemblies say what each one actually uses.
/// </summary>
public sealed partial class LayeringTests
{
    private static readonly Assembly Domain = typeof(LearningPartner.Domain.Common.Money).Assembly;
    private static readonly Assembly Infrastructure = typeof(LearningPartner.Infrastructure.Persistence.PortalDbContext).Assembly;
    private static readonly Assembly Application = typeof(LearningPartner.Application.Common.Result).Assembly;

    /// <summary>Each project and the projects it may reference (Web also holds the migrations, so their assemblies reach bin).</summary>
    public static TheoryData<string, string[]> AllowedReferences() => new()
    {
        { "LearningPartner.Domain", [] },
        { "LearningPartner.Infrastructure", ["LearningPartner.Domain"] },
        { "LearningPartner.Infrastructure.Migrations.Sqlite", ["LearningPartner.Infrastructure"] },
        { "LearningPartner.Infrastructure.Migrations.SqlServer", ["LearningPartner.Infrastructure"] },
        { "LearningPartner.Application", ["LearningPartner.Infrastructure", "LearningPartner.Domain"] },
        {
            "LearningPartner.Web",
            [
                "LearningPartner.Application", "LearningPartner.Domain", "LearningPartner.Infrastructure",
                "LearningPartner.Infrastructure.Migrations.Sqlite", "LearningPartner.Infrastructure.Migrations.SqlServer",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(AllowedReferences))]
    public void ProjectReferencesFollowTheArrows(string project, string[] allowed)
    {
        var references = ProjectReferences(project);

        Assert.All(references, r => Assert.Contains(r, allowed));
    }

    [Fact]
    public void EverySourceProjectHasItsArrowsListed()
    {
        var projects = Directory.EnumerateDirectories(Path.Combine(TestPaths.RepositoryRoot(), "src")).Select(Path.GetFileName).ToList();
        var listed = AllowedReferences().Select(row => (string)row[0]).ToList();

        Assert.Equal(listed.Order(StringComparer.Ordinal), projects.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheDomainReferencesNeitherEfCoreNorAspNetCore()
    {
        var references = Names(Domain);

        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("LearningPartner.", StringComparison.Ordinal));
    }

    [Fact]
    public void InfrastructureReferencesNeitherTheApplicationNorTheWeb() =>
        Assert.DoesNotContain(Names(Infrastructure), r => r is "LearningPartner.Web" or "LearningPartner.Application");

    /// <summary>The application layer answers with results and read models: no MVC type, no localizer, no view model, no web project.</summary>
    [Fact]
    public void TheApplicationUsesNoMvcNoLocalizerAndNotTheWeb()
    {
        var references = Names(Application);

        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.Extensions.Localization", StringComparison.Ordinal));
        Assert.DoesNotContain("LearningPartner.Web", references);
        Assert.DoesNotContain(Application.GetTypes(), t => t.Name.EndsWith("ViewModel", StringComparison.Ordinal));
    }

    /// <summary>
    /// The web layer reaches the database only through use cases: no controller, view, view model or input reads the
    /// DbContext (the composition in Startup registers it, nothing more).
    /// </summary>
    [Fact]
    public void TheWebReadsNoDatabaseOutsideItsStartup()
    {
        var web = Path.Combine(TestPaths.RepositoryRoot(), "src", "LearningPartner.Web");
        var offenders = new[] { "Controllers", "Features", "Views", "Identity" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(web, folder), "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => DataAccess().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(web, f))
            .ToList();

        Assert.True(offenders.Count == 0, "Reads the database outside a use case: " + string.Join(", ", offenders));
    }

    /// <summary>One way to write an audit entry (<c>AuditLog</c>, typed); nothing else calls the trail or names an action in a string.</summary>
    [Fact]
    public void AuditEntriesAreWrittenOnlyThroughTheTypedLog()
    {
        var root = Path.Combine(TestPaths.RepositoryRoot(), "src");
        var offenders = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => !f.EndsWith(Path.Combine("Application", "Common", "AuditLog.cs"), StringComparison.Ordinal)
                        && !f.EndsWith(Path.Combine("Infrastructure", "Auditing", "AuditTrail.cs"), StringComparison.Ordinal))
            .Where(f => RawAuditCall().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(root, f))
            .ToList();

        Assert.True(offenders.Count == 0, "Writes audit entries around AuditLog: " + string.Join(", ", offenders));
    }

    private static List<string> Names(Assembly assembly) => assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

    private static List<string> ProjectReferences(string project) =>
        XDocument.Load(Path.Combine(TestPaths.RepositoryRoot(), "src", project, $"{project}.csproj"))
            .Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension((string)r.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();

    [GeneratedRegex(@"\bPortalDbContext\b|LearningPartner\.Infrastructure\.Persistence")]
    private static partial Regex DataAccess();

    /// <summary>Taking the trail as a dependency, making one, or naming an action in a string.</summary>
    [GeneratedRegex(@"\bAuditTrail\s+\w+\s*[,)]|new\s+AuditTrail\(|\.Record\(\s*""")]
    private static partial Regex RawAuditCall();
}
