using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Programs;

namespace LearningPartner.Domain.Eligibility;

/// <summary>
/// Checks every option of the evaluation date's program year against a partner's facts. Pure: the rule set,
/// the date and the facts (KPI totals of the R-KPI-7 window) are passed in.
/// </summary>
public static class EligibilityEvaluator
{
    public static EligibilityResult Evaluate(ProgramRuleSet ruleSet, DateOnly evaluationDate, PartnerFacts facts)
    {
        if (!ruleSet.Covers(evaluationDate))
        {
            // R-PRG-1: requirements come from the evaluation date's own program year, never another's.
            throw new ArgumentException($"{ruleSet.ProgramYear} does not cover {evaluationDate:yyyy-MM-dd}.", nameof(ruleSet));
        }

        var region = ruleSet.RegionGroupOf(facts.CountryCode);
        // R-MCT-1: only verified facts count; R-MCT-2: a trainer within its membership and affiliation on the date.
        var validMcts = facts.Trainers.Where(t => t.CountsOn(evaluationDate)).Select(t => t.MctId)
            .Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var passedExams = facts.ExamPasses.Where(e => e.CountsOn(evaluationDate)).Select(e => e.ExamCode)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        OptionEvaluation Option(LearningLevel level, string? competency, LevelRequirement requirement, string ruleId) =>
            new(level, competency, Checks(requirement, ruleId, region.Code, validMcts, passedExams, facts.Kpis).ToList());

        var pack = Option(LearningLevel.LearningActionPack, null, ruleSet.LearningActionPack, "R-LAP-1");
        var competencies = ruleSet.Competencies
            .Select(c => new CompetencyEvaluation(
                c.Code,
                c.Name,
                c.Silver is null ? null : Option(LearningLevel.Silver, c.Code, c.Silver, "R-SLV-1"),
                c.Gold is null ? null : Option(LearningLevel.Gold, c.Code, c.Gold, "R-GLD-1")))
            .ToList();

        return new EligibilityResult(evaluationDate, ruleSet.ProgramYear, ruleSet.Version,
            KpiWindows.EligibilityWindow(evaluationDate), region.Code, facts.Kpis, pack, competencies);
    }

    private static IEnumerable<RequirementCheck> Checks(LevelRequirement requirement, string ruleId, string region,
        int validMcts, IReadOnlySet<string> passedExams, KpiTotals kpis)
    {
        // R-CMP-2: a threshold per KPI category for the partner's country/region group.
        foreach (var threshold in requirement.KpiThresholds.Where(t => t.RegionGroup == region))
        {
            yield return new RequirementCheck(ruleId, RequirementKind.Kpi, threshold.KpiCategory, threshold.Threshold,
                kpis.Of(threshold.KpiCategory), []);
        }

        // R-CMP-1: distinct, currently valid MCTs.
        if (requirement.MctCount > 0)
        {
            yield return new RequirementCheck(ruleId, RequirementKind.Mct, "MCT", requirement.MctCount, validMcts, []);
        }

        // R-CMP-1: how many distinct exams of the list must be passed.
        if (requirement.Exams is { Required: > 0 } exams)
        {
            var passed = exams.ExamCodes.Count(passedExams.Contains);
            var notYet = exams.ExamCodes.Where(code => !passedExams.Contains(code)).ToList();
            yield return new RequirementCheck(ruleId, RequirementKind.Exams, string.Join(", ", exams.ExamCodes),
                exams.Required, passed, passed >= exams.Required ? [] : notYet);
        }
    }
}
