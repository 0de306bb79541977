using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Programs;

namespace LearningPartner.Web.Features.Requirements;

public sealed record RequirementsViewModel(
    string PartnerId,
    string PartnerName,
    DateOnly EvaluationDate,
    bool IsToday,
    MonthRange ReportCoverage,
    IReadOnlyList<OptionRow> Options,
    EligibilityResult? Result,
    ProgramRuleSet? RuleSet,
    string? Refusal)
{
    public string CompetencyName(string? code) =>
        code is null ? string.Empty : RuleSet?.Competency(code)?.Name ?? code;
}
