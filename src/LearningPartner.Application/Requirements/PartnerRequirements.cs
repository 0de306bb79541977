using LearningPartner.Application.Common;
using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Programs;

namespace LearningPartner.Application.Requirements;

/// <summary>
/// A partner's requirements on an evaluation date: the options it holds (activated), every check of every option under the
/// date's rule set, and the KPI report the date's window follows (R-KPI-7). No rule set for the date: no result (R-PRG-1).
/// Claims awaiting verification are listed apart, each with what verifying it would meet on the date (R-MCT-1).
/// </summary>
public sealed record PartnerRequirements(
    PartnerContext Partner,
    DateOnly EvaluationDate,
    MonthRange ReportCoverage,
    IReadOnlyList<OptionRow> Options,
    EligibilityResult? Result,
    ProgramRuleSet? RuleSet,
    IReadOnlyList<PendingClaim> PendingClaims)
{
    public string CompetencyName(string? code) =>
        code is null ? string.Empty : RuleSet?.Competency(code)?.Name ?? code;
}
