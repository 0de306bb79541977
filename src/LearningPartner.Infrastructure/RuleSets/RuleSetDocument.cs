namespace LearningPartner.Infrastructure.RuleSets;

// The JSON shape of a program-year rule set file (docs/rule-sets.md). Nullable everywhere: the parser checks.
#pragma warning disable CA1812 // instantiated by System.Text.Json
internal sealed record RuleSetDocument(
    string? SampleValues,
    string? ProgramYear,
    int? Version,
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveTo,
    List<OmlpTypeDocument>? OmlpTypes,
    List<NamedDocument>? KpiCategories,
    List<RegionGroupDocument>? RegionGroups,
    LevelDocument? LearningActionPack,
    List<CompetencyDocument>? Competencies,
    Dictionary<string, List<FeeDocument>>? Fees,
    decimal? SilverToGoldDiscountPercent,
    int? RenewalGraceDays,
    int? PendingOrderExpiryDays,
    List<ExtensionWindowDocument>? ExtensionWindows);

internal sealed record OmlpTypeDocument(string? Code, string? Name, string? NameZh, string? KpiCategory, decimal? KpiWeight);

internal sealed record NamedDocument(string? Code, string? Name, string? NameZh);

internal sealed record RegionGroupDocument(string? Code, string? Name, string? NameZh, List<string>? Countries, bool IsDefault);

internal sealed record LevelDocument(int? MctCount, ExamsDocument? Exams, List<ThresholdDocument>? KpiThresholds);

internal sealed record ExamsDocument(List<string>? Codes, int? Required);

internal sealed record ThresholdDocument(string? KpiCategory, string? RegionGroup, decimal? Threshold);

internal sealed record CompetencyDocument(string? Code, string? Name, string? NameZh, LevelDocument? Silver, LevelDocument? Gold);

internal sealed record FeeDocument(string? Currency, decimal? Amount);

internal sealed record ExtensionWindowDocument(
    string? Name,
    string? Reason,
    DateOnly? AnniversaryFrom,
    DateOnly? AnniversaryTo,
    int? ExtensionMonths,
    List<string>? Levels,
    List<string>? ExcludedCompetencies);
#pragma warning restore CA1812
