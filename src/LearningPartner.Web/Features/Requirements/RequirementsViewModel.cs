using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Programs;

namespace LearningPartner.Web.Features.Requirements;

public sealed record RequirementsViewModel(
    string PartnerId,
    string PartnerName,
    DateOnly EvaluationDate,
    MonthRange ReportCoverage,
    IReadOnlyList<OptionRow> Options,
    EligibilityResult? Result,
    ProgramRuleSet? RuleSet,
    string? Refusal,
    long DataVersion = 0)
{
    public string CompetencyName(string? code) =>
        code is null ? string.Empty : RuleSet?.Competency(code)?.Name ?? code;
}
