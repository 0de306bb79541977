using System.Reflection;

namespace LearningPartner.UnitTests.Architecture;

/// <summary>Web → Infrastructure → Domain, never the other way; the Domain does no I/O.</summary>
public sealed class LayeringTests
{
    private static readonly Assembly Domain = typeof(LearningPartner.Domain.Common.Money).Assembly;
    private static readonly Assembly Infrastructure = typeof(LearningPartner.Infrastructure.Persistence.PortalDbContext).Assembly;

    [Fact]
    public void TheDomainReferencesNeitherEfCoreNorAspNetCore()
    {
        var references = Domain.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("LearningPartner.", StringComparison.Ordinal));
    }

    [Fact]
    public void InfrastructureDoesNotReferenceTheWebProject() =>
        Assert.DoesNotContain(Infrastructure.GetReferencedAssemblies(), a => a.Name == "LearningPartner.Web");
}
