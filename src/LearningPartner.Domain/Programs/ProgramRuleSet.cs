using System.Globalization;
using LearningPartner.Domain.Common;

namespace LearningPartner.Domain.Programs;

/// <summary>
/// The numbers of one program year (R-PRG-1): KPI weights, thresholds, fees, competencies and windows.
/// Loaded from a versioned JSON file; never constants in code.
/// </summary>
public sealed record ProgramRuleSet(
    string ProgramYear,
    int Version,
    DateOnly EffectiveFrom,
    DateOnly EffectiveTo,
    IReadOnlyDictionary<string, OmlpTypeRule> OmlpTypes,
    IReadOnlyList<KpiCategory> KpiCategories,
    IReadOnlyList<RegionGroup> RegionGroups,
    LevelRequirement LearningActionPack,
    IReadOnlyList<CompetencyRule> Competencies,
    IReadOnlyDictionary<LearningLevel, IReadOnlyList<Money>> Fees,
    decimal SilverToGoldDiscountPercent,
    int RenewalGraceDays,
    int PendingOrderExpiryDays,
    IReadOnlyList<ExtensionWindow> ExtensionWindows)
{
    /// <summary>[EffectiveFrom, EffectiveTo): R-DATE-1.</summary>
    public bool Covers(DateOnly date) => EffectiveFrom <= date && date < EffectiveTo;

    public string CategoryName(string code) => KpiCategories.FirstOrDefault(c => c.Code == code)?.Name ?? code;

    /// <summary>A KPI category's name in the reader's language (issue 24); the code when the rule set has no such category.</summary>
    public string CategoryName(string code, CultureInfo culture) => KpiCategories.FirstOrDefault(c => c.Code == code)?.NameIn(culture) ?? code;

    public CompetencyRule? Competency(string code) =>
        Competencies.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.Ordinal));

    /// <summary>R-CMP-2: the partner's country/region group; the group marked default takes the rest.</summary>
    public RegionGroup RegionGroupOf(string countryCode) =>
        RegionGroups.FirstOrDefault(g => g.Countries.Contains(countryCode))
        ?? RegionGroups.First(g => g.IsDefault);

    /// <summary>The fee of a level in a currency, if the rule set has one (R-FEE-*).</summary>
    public Money? FeeOf(LearningLevel level, string currency) =>
        Fees.TryGetValue(level, out var fees) ? fees.FirstOrDefault(f => f.Currency == currency) : null;
}

/// <summary>A KPI category of R-CMP-2, e.g. courseware units.</summary>
public sealed record KpiCategory(string Code, string Name) : INamedRule
{
    public string? NameZh { get; init; }
}

/// <summary>An OMLP type's KPI weight per unit and the KPI category it counts in (R-KPI-2, R-CMP-2).</summary>
public sealed record OmlpTypeRule(string Code, string Name, string KpiCategory, decimal KpiWeight) : INamedRule
{
    public string? NameZh { get; init; }
}

/// <summary>A country/region group of R-CMP-2 (a market); exactly one group is the default for unlisted countries.</summary>
public sealed record RegionGroup(string Code, string Name, IReadOnlySet<string> Countries, bool IsDefault) : INamedRule
{
    public string? NameZh { get; init; }
}

/// <summary>A competency and its silver and/or gold learning options (R-CMP-1).</summary>
public sealed record CompetencyRule(string Code, string Name, LevelRequirement? Silver, LevelRequirement? Gold) : INamedRule
{
    public string? NameZh { get; init; }

    public LevelRequirement? For(LearningLevel level) => level switch
    {
        LearningLevel.Silver => Silver,
        LearningLevel.Gold => Gold,
        _ => null,
    };
}

/// <summary>
/// What one level needs (R-LAP-1, R-SLV-1, R-GLD-1): distinct valid MCTs, a number of distinct exams of a list,
/// and KPI thresholds per category and region group.
/// </summary>
public sealed record LevelRequirement(int MctCount, ExamRequirement? Exams, IReadOnlyList<KpiThreshold> KpiThresholds);

public sealed record ExamRequirement(IReadOnlyList<string> ExamCodes, int Required);

public sealed record KpiThreshold(string KpiCategory, string RegionGroup, decimal Threshold);

/// <summary>
/// R-EXT-1: ADs in [AnniversaryFrom, AnniversaryTo] (both inclusive, as the source words it) of the covered
/// levels, outside the excluded competencies, move forward by <see cref="ExtensionMonths"/>, once.
/// </summary>
public sealed record ExtensionWindow(
    string Name,
    string Reason,
    DateOnly AnniversaryFrom,
    DateOnly AnniversaryTo,
    int ExtensionMonths,
    IReadOnlySet<LearningLevel> Levels,
    IReadOnlySet<string> ExcludedCompetencies)
{
    public bool Covers(LearningLevel level, string? competencyCode, DateOnly anniversary) =>
        AnniversaryFrom <= anniversary && anniversary <= AnniversaryTo
        && Levels.Contains(level)
        && (competencyCode is null || !ExcludedCompetencies.Contains(competencyCode));
}
