using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Programs;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.RuleSets;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.Directory;

/// <summary>
/// The learning options partners hold on a date (R-DIR-5: active, marketplace pending or in grace), read from their
/// activated enrollments in one query and evaluated with the same rules as their overview (<see cref="OptionRows"/>).
/// </summary>
public sealed class HeldOptions(PortalDbContext db, RuleSetCatalogProvider catalogs)
{
    private static readonly ILookup<int, OrderFact> NoOrders = Array.Empty<OrderFact>().ToLookup(_ => 0);

    /// <summary>Each organisation's held options on the date; null organisation ids: every organisation.</summary>
    public async Task<Dictionary<int, ListingLevel>> OnAsync(DateOnly date, IReadOnlyCollection<int>? organisationIds, CancellationToken cancellationToken)
    {
        var activated = db.Enrollments.AsNoTracking()
            .Where(e => e.ActivationDate != null && e.ActivationDate <= date && (e.EndedOn == null || e.EndedOn > date));
        if (organisationIds is not null)
        {
            activated = activated.Where(e => organisationIds.Contains(e.PartnerOrganisationId));
        }

        var enrollments = await activated.ToListAsync(cancellationToken);
        var catalog = catalogs.Catalog;
        return enrollments.GroupBy(e => e.PartnerOrganisationId)
            .Select(g => (g.Key, Level: ListingLevel.Of(OptionRows.Of(g, NoOrders, date, catalog).Where(o => o.Status?.IsHeld == true))))
            .Where(p => p.Level.HoldsAnOption)
            .ToDictionary(p => p.Key, p => p.Level);
    }
}

/// <summary>
/// What a listing shows of a partner's level: the Learning Action Pack, and the competencies held at silver and gold — their
/// English names (the API's), and their codes to filter by and to name them in the reader's language on pages (issue 24,
/// ADR-019).
/// </summary>
public sealed record ListingLevel(bool LearningActionPack, IReadOnlyList<string> Silver, IReadOnlyList<string> Gold)
{
    public static readonly ListingLevel None = new(false, [], []);

    /// <summary>The codes of the competencies held at silver (e.g. CLOUD-PLATFORM).</summary>
    public IReadOnlyList<string> SilverCodes { get; init; } = [];

    /// <summary>The codes of the competencies held at gold.</summary>
    public IReadOnlyList<string> GoldCodes { get; init; } = [];

    /// <summary>Each held competency's name by its code.</summary>
    public IReadOnlyDictionary<string, string> CompetencyNames { get; init; } = new Dictionary<string, string>();

    public bool HoldsAnOption => LearningActionPack || Silver.Count > 0 || Gold.Count > 0;

    public bool Has(LearningLevel level) => level switch
    {
        LearningLevel.Gold => Gold.Count > 0,
        LearningLevel.Silver => Silver.Count > 0,
        _ => LearningActionPack,
    };

    /// <summary>
    /// Issue 24: a directory filter's level and competency together. A competency alone is held at silver or gold; with
    /// silver or gold, at that level (gold in DATA-PLATFORM); with the Learning Action Pack, which has no competency, the
    /// partner holds the pack and the competency at either level.
    /// </summary>
    public bool Matches(LearningLevel? level, string? competencyCode)
    {
        if (competencyCode is null)
        {
            return level is null || Has(level.Value);
        }

        var silver = SilverCodes.Contains(competencyCode, StringComparer.Ordinal);
        var gold = GoldCodes.Contains(competencyCode, StringComparer.Ordinal);
        return level switch
        {
            LearningLevel.Gold => gold,
            LearningLevel.Silver => silver,
            LearningLevel.LearningActionPack => LearningActionPack && (silver || gold),
            _ => silver || gold,
        };
    }

    public static ListingLevel Of(IEnumerable<OptionRow> held)
    {
        var options = held.ToList();
        return new ListingLevel(
            options.Any(o => o.Level == LearningLevel.LearningActionPack),
            Names(options, LearningLevel.Silver),
            Names(options, LearningLevel.Gold))
        {
            SilverCodes = Codes(options, LearningLevel.Silver),
            GoldCodes = Codes(options, LearningLevel.Gold),
            CompetencyNames = options.Where(o => o.CompetencyCode is not null).DistinctBy(o => o.CompetencyCode)
                .ToDictionary(o => o.CompetencyCode!, o => o.CompetencyName ?? o.CompetencyCode!, StringComparer.Ordinal),
        };
    }

    private static List<string> Names(List<OptionRow> options, LearningLevel level) =>
        options.Where(o => o.Level == level).Select(o => o.CompetencyName ?? o.CompetencyCode!).Distinct().Order(StringComparer.Ordinal).ToList();

    private static List<string> Codes(List<OptionRow> options, LearningLevel level) =>
        options.Where(o => o.Level == level && o.CompetencyCode is not null).Select(o => o.CompetencyCode!).Distinct().Order(StringComparer.Ordinal).ToList();
}
