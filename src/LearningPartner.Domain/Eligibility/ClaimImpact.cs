using LearningPartner.Domain.Programs;
using LearningPartner.Domain.Trainers;

namespace LearningPartner.Domain.Eligibility;

/// <summary>
/// R-MCT-1: what verifying a pending claim would change — the options whose requirements are not met on the date without it and
/// would be with it — found by re-running the real eligibility rules with the claim as if verified, never from a list.
/// </summary>
public static class ClaimImpact
{
    public static IReadOnlyList<MetOption> OfVerifying(ProgramRuleSet ruleSet, DateOnly date, PartnerFacts facts, Trainer claim) =>
        Compare(ruleSet, date, facts, facts with
        {
            Trainers = [.. facts.Trainers.Where(t => !ReferenceEquals(t, claim)), claim.AssumedVerified()],
        });

    public static IReadOnlyList<MetOption> OfVerifying(ProgramRuleSet ruleSet, DateOnly date, PartnerFacts facts, ExamPass claim) =>
        Compare(ruleSet, date, facts, facts with
        {
            ExamPasses = [.. facts.ExamPasses.Where(e => !ReferenceEquals(e, claim)), claim.AssumedVerified()],
        });

    private static IReadOnlyList<MetOption> Compare(ProgramRuleSet ruleSet, DateOnly date, PartnerFacts before, PartnerFacts after)
    {
        var without = EligibilityEvaluator.Evaluate(ruleSet, date, before);
        var with = EligibilityEvaluator.Evaluate(ruleSet, date, after);
        return [.. Options(with).Where(o => o.Evaluation.IsMet && without.Option(o.Level, o.Competency)?.IsMet != true)
            .Select(o => new MetOption(o.Level, o.Competency, o.CompetencyName))];
    }

    private static IEnumerable<(LearningLevel Level, string? Competency, string? CompetencyName, OptionEvaluation Evaluation)> Options(EligibilityResult result)
    {
        yield return (LearningLevel.LearningActionPack, null, null, result.LearningActionPack);
        foreach (var competency in result.Competencies)
        {
            if (competency.Silver is { } silver)
            {
                yield return (LearningLevel.Silver, competency.Code, competency.Name, silver);
            }

            if (competency.Gold is { } gold)
            {
                yield return (LearningLevel.Gold, competency.Code, competency.Name, gold);
            }
        }
    }
}

/// <summary>A learning option whose requirements a change would meet.</summary>
public sealed record MetOption(LearningLevel Level, string? CompetencyCode, string? CompetencyName);
