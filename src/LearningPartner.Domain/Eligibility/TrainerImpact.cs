using LearningPartner.Domain.Programs;
using LearningPartner.Domain.Trainers;

namespace LearningPartner.Domain.Eligibility;

/// <summary>
/// "If this trainer leaves": the requirements of the options a partner holds that are met today (or at the
/// next renewal) with the trainer and would not be without — found by re-running the real eligibility rules
/// without them, never from a list.
/// </summary>
public static class TrainerImpact
{
    public static IReadOnlyList<LostRequirement> Without(ProgramRuleSet ruleSet, DateOnly date, PartnerFacts facts, Trainer trainer,
        IReadOnlyCollection<HeldOption> held)
    {
        var with = EligibilityEvaluator.Evaluate(ruleSet, date, facts);
        var without = EligibilityEvaluator.Evaluate(ruleSet, date,
            facts with { Trainers = facts.Trainers.Where(t => !ReferenceEquals(t, trainer)).ToList() });

        var lost = new List<LostRequirement>();
        foreach (var option in held)
        {
            var before = with.Option(option.Level, option.CompetencyCode);
            var after = without.Option(option.Level, option.CompetencyCode);
            if (before is null || after is null)
            {
                continue;
            }

            lost.AddRange(after.Checks
                .Where(check => !check.IsMet && before.Checks.Any(c => c.Kind == check.Kind && c.Subject == check.Subject && c.IsMet))
                .Select(check => new LostRequirement(option.Level, option.CompetencyCode, date, check)));
        }

        return lost;
    }
}

/// <summary>A requirement of a held option that would no longer be met on <see cref="Date"/>.</summary>
public sealed record LostRequirement(LearningLevel Level, string? CompetencyCode, DateOnly Date, RequirementCheck CheckWithout);
