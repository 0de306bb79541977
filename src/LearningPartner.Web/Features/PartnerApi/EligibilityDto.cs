using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Trainers;

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

/// <summary>An option whose requirements verifying a claim would meet.</summary>
public sealed record MetOptionDto(string Level, string? Competency);

/// <summary>
/// R-MCT-1: a trainer ("Trainer": MCT id) or exam ("ExamPass": exam code) claim awaiting verification. It counts in no check above;
/// <c>wouldMeet</c> lists the options whose requirements verifying it would meet on the evaluation date. The person's name is
/// left out for report viewers, as on the pages.
/// </summary>
public sealed record PendingClaimDto(string Kind, int Id, string Code, string? Person, DateTimeOffset ClaimedAt, IReadOnlyList<MetOptionDto> WouldMeet)
{
    public static PendingClaimDto Of(PendingClaim claim, bool seesPeople) => new(
        claim.Fact is Trainer ? "Trainer" : "ExamPass",
        claim.Fact.Id,
        claim.Fact switch { Trainer t => t.MctId, ExamPass e => e.ExamCode, _ => string.Empty },
        seesPeople ? claim.Fact switch { Trainer t => t.Name, ExamPass e => e.PersonName, _ => null } : null,
        claim.Fact.Review.ClaimedAt,
        [.. claim.WouldMeet.Select(m => new MetOptionDto(m.Level.ToString(), m.CompetencyCode))]);
}

public sealed record CompetencyEligibilityDto(string Code, string Name, string? HighestMet, OptionEligibilityDto? Silver, OptionEligibilityDto? Gold);

/// <summary>
/// GET /api/v1/partners/{partnerId}/eligibility: every requirement check on a date (R-KPI-7, R-LAP-1, R-CMP-*), counting verified
/// trainers and exams only, and the claims awaiting verification apart (R-MCT-1).
/// </summary>
public sealed record EligibilityDto(
    string PartnerId,
    DateOnly EvaluationDate,
    string ProgramYear,
    int RuleSetVersion,
    MonthWindowDto KpiWindow,
    string RegionGroup,
    IReadOnlyDictionary<string, decimal> Kpis,
    OptionEligibilityDto LearningActionPack,
    IReadOnlyList<CompetencyEligibilityDto> Competencies,
    IReadOnlyList<PendingClaimDto> PendingClaims)
{
    public static EligibilityDto From(string partnerId, EligibilityResult result, IReadOnlyList<PendingClaim> pendingClaims, bool seesPeople) => new(
        partnerId,
        result.EvaluationDate,
        result.ProgramYear,
        result.RuleSetVersion,
        MonthWindowDto.Of(result.KpiWindow),
        result.RegionGroup,
        result.Kpis.ByCategory,
        OptionEligibilityDto.Of(result.LearningActionPack)!,
        result.Competencies.Select(c => new CompetencyEligibilityDto(c.Code, c.Name, c.HighestMet?.ToString(), OptionEligibilityDto.Of(c.Silver),
            OptionEligibilityDto.Of(c.Gold))).ToList(),
        [.. pendingClaims.Select(c => PendingClaimDto.Of(c, seesPeople))]);
}
