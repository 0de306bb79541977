using LearningPartner.Application.Common;
using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Programs;

namespace LearningPartner.Application.Standing;

/// <summary>
/// Where a partner stands on a date: what it holds, and what it meets under that date's rule set. Without a rule set for the
/// date (R-PRG-1) there is no eligibility: <see cref="RuleSetMissing"/>, and no other year's numbers are borrowed.
/// </summary>
public sealed record PartnerStanding(
    PartnerContext Partner,
    DateOnly Date,
    ProgramRuleSet? RuleSet,
    EligibilityResult? Eligibility,
    IReadOnlyList<OptionRow> Options,
    PartnerFacts? Facts = null)
{
    /// <summary>R-PRG-1: no rule set covers the date.</summary>
    public bool RuleSetMissing => RuleSet is null;

    /// <summary>Options held on the date (active, marketplace pending or in grace).</summary>
    public IReadOnlyList<HeldOption> Held =>
        Options.Where(o => o.Status?.IsHeld == true).Select(o => new HeldOption(o.Level, o.CompetencyCode)).ToList();

    /// <summary>R-MCT-1: the claims awaiting verification, counted for nothing, each with what verifying it would meet on the date.</summary>
    public IReadOnlyList<PendingClaim> PendingClaims() =>
        RuleSet is null || Facts is null ? [] : PendingClaim.Of(RuleSet, Date, Facts);

    public OptionRow? HeldOption(LearningLevel level, string? competencyCode) =>
        Options.FirstOrDefault(o => o.Status?.IsHeld == true && o.Level == level && o.CompetencyCode == competencyCode);
}
