using LearningPartner.Domain.Programs;

namespace LearningPartner.Infrastructure.RuleSets;

/// <summary>
/// The rule sets in force, held in memory after start-up loaded them (they change only with a release).
/// A singleton: every request evaluates with the same catalog.
/// </summary>
public sealed class RuleSetCatalogProvider
{
    private RuleSetCatalog? _catalog;

    public RuleSetCatalog Catalog => _catalog
        ?? throw new InvalidOperationException("The rule sets have not been loaded; the start-up database initialisation loads them.");

    public void Set(RuleSetCatalog catalog) => _catalog = catalog;
}
