using LearningPartner.Domain.Eligibility;

namespace LearningPartner.Web.Features.PartnerApi;

/// <summary>One requirement as the rules issue explains it: rule, required, actual, what is missing.</summary>
public sealed record RequirementCheckDto(string RuleId, string Kind, string Subject, decimal Required, decimal Actual, bool Met, decimal Shortfall,
    IReadOnlyList<string> StillNeeded)
{
    public static RequirementCheckDto Of(RequirementCheck check) => new(check.RuleId, check.Kind.ToString(), check.Subject, check.Required,
        check.Actual, check.IsMet, check.Shortfall, check.StillNeeded);
}

public sealed record OptionEligibilityDto(string Level, string? Competency, bool Met, IReadOnlyList<RequirementCheckDto> Checks)
{
    public static OptionEligibilityDto? Of(OptionEvaluation? option) => option is null
        ? null
        : new(option.Level.ToString(), option.CompetencyCode, option.IsMet, option.Checks.Select(RequirementCheckDto.Of).ToList());
}

public sealed record CompetencyEligibilityDto(string Code, string Name, string? HighestMet, OptionEligibilityDto? Silver, OptionEligibilityDto? Gold);

/// <summary>GET /api/v1/partners/{partnerId}/eligibility: every requirement check on a date (R-KPI-7, R-LAP-1, R-CMP-*).</summary>
public sealed record EligibilityDto(
    string PartnerId,
    DateOnly EvaluationDate,
    string ProgramYear,
    int RuleSetVersion,
    MonthWindowDto KpiWindow,
    string RegionGroup,
    IReadOnlyDictionary<string, decimal> Kpis,
    OptionEligibilityDto LearningActionPack,
    IReadOnlyList<CompetencyEligibilityDto> Competencies)
{
    public static EligibilityDto From(string partnerId, EligibilityResult result) => new(
        partnerId,
        result.EvaluationDate,
        result.ProgramYear,
        result.RuleSetVersion,
        MonthWindowDto.Of(result.KpiWindow),
        result.RegionGroup,
        result.Kpis.ByCategory,
        OptionEligibilityDto.Of(result.LearningActionPack)!,
        result.Competencies.Select(c => new CompetencyEligibilityDto(c.Code, c.Name, c.HighestMet?.ToString(), OptionEligibilityDto.Of(c.Silver),
            OptionEligibilityDto.Of(c.Gold))).ToList());
}
