using System.Globalization;

namespace LearningPartner.Domain.Programs;

/// <summary>The loaded rule sets; picks the one of a date's program year (R-PRG-1).</summary>
public sealed class RuleSetCatalog(IEnumerable<ProgramRuleSet> ruleSets)
{
    private readonly IReadOnlyList<ProgramRuleSet> _ruleSets = ruleSets
        .GroupBy(r => r.ProgramYear)
        .Select(g => g.MaxBy(r => r.Version)!)
        .OrderBy(r => r.EffectiveFrom)
        .ToList();

    public IReadOnlyList<ProgramRuleSet> All => _ruleSets;

    public ProgramRuleSet? Find(DateOnly date) => _ruleSets.FirstOrDefault(r => r.Covers(date));

    /// <summary>R-PRG-1: the rule set of the date, or a clear refusal naming the missing program year.</summary>
    public ProgramRuleSet For(DateOnly date) => Find(date) ?? throw new RuleSetNotFoundException(date);

    /// <summary>A KPI category's name as the newest rule set naming it publishes it; the code when none does.</summary>
    public string CategoryName(string code) =>
        _ruleSets.Reverse().Select(r => r.KpiCategories.FirstOrDefault(c => c.Code == code)?.Name).FirstOrDefault(n => n is not null) ?? code;

    /// <summary>
    /// Issue 24: the name of a competency, KPI category, OMLP type or market (region group) in the reader's language, as the
    /// newest rule set naming it publishes it; the code when none does. The words of notices and pages take names from here.
    /// </summary>
    public string CompetencyName(string code, CultureInfo culture) => NameOf(code, culture, r => r.Competencies);

    /// <inheritdoc cref="CompetencyName(string, CultureInfo)"/>
    public string CategoryName(string code, CultureInfo culture) => NameOf(code, culture, r => r.KpiCategories);

    /// <inheritdoc cref="CompetencyName(string, CultureInfo)"/>
    public string OmlpTypeName(string code, CultureInfo culture) => NameOf(code, culture, r => r.OmlpTypes.Values);

    /// <inheritdoc cref="CompetencyName(string, CultureInfo)"/>
    public string MarketName(string code, CultureInfo culture) => NameOf(code, culture, r => r.RegionGroups);

    private string NameOf(string code, CultureInfo culture, Func<ProgramRuleSet, IEnumerable<INamedRule>> named) =>
        _ruleSets.Reverse().Select(r => named(r).FirstOrDefault(n => string.Equals(n.Code, code, StringComparison.Ordinal)))
            .FirstOrDefault(n => n is not null)?.NameIn(culture) ?? code;

    /// <summary>R-EXT-1: every extension window of every loaded program year.</summary>
    public IEnumerable<ExtensionWindow> ExtensionWindows => _ruleSets.SelectMany(r => r.ExtensionWindows);
}
