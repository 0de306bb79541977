using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Programs;

namespace LearningPartner.Domain.Eligibility;

/// <summary>Everything a partner meets and misses on an evaluation date, with the rule set and window used.</summary>
public sealed record EligibilityResult(
    DateOnly EvaluationDate,
    string ProgramYear,
    int RuleSetVersion,
    MonthRange KpiWindow,
    string RegionGroup,
    KpiTotals Kpis,
    OptionEvaluation LearningActionPack,
    IReadOnlyList<CompetencyEvaluation> Competencies)
{
    public CompetencyEvaluation? Competency(string code) =>
        Competencies.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.Ordinal));

    /// <summary>
    /// R-GLD-2: the highest level the partner qualifies for in a competency: gold → silver → LAP → none.
    /// Also the renewal step-down: a gold holder that meets only silver renews at silver, else the LAP.
    /// </summary>
    public LearningLevel? HighestOffer(string competencyCode) =>
        Competency(competencyCode)?.HighestMet ?? (LearningActionPack.IsMet ? LearningLevel.LearningActionPack : null);

    /// <summary>The best the partner qualifies for over all competencies (gold anywhere beats silver anywhere).</summary>
    public LearningLevel? HighestOfferOverall =>
        Competencies.Select(c => c.HighestMet).Max() ?? (LearningActionPack.IsMet ? LearningLevel.LearningActionPack : null);

    public OptionEvaluation? Option(LearningLevel level, string? competencyCode) =>
        level == LearningLevel.LearningActionPack ? LearningActionPack : Competency(competencyCode ?? string.Empty)?.For(level);
}
