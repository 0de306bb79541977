using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Partners;
using LearningPartner.Domain.Programs;

namespace LearningPartner.Web.Features.Requirements;

/// <summary>Where a partner stands on a date: what it holds, and what it meets under that date's rule set.</summary>
public sealed record PartnerStanding(
    PartnerOrganisation Organisation,
    DateOnly Date,
    ProgramRuleSet? RuleSet,
    EligibilityResult? Eligibility,
    string? Refusal,
    IReadOnlyList<OptionRow> Options,
    PartnerFacts? Facts = null)
{
    /// <summary>Options held on the date (active, marketplace pending or in grace).</summary>
    public IReadOnlyList<HeldOption> Held =>
        Options.Where(o => o.Status?.IsHeld == true).Select(o => new HeldOption(o.Level, o.CompetencyCode)).ToList();

    public OptionRow? HeldOption(LearningLevel level, string? competencyCode) =>
        Options.FirstOrDefault(o => o.Status?.IsHeld == true && o.Level == level && o.CompetencyCode == competencyCode);
}
