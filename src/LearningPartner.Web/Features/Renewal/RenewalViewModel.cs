using LearningPartner.Domain.Common;
using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Programs;
using LearningPartner.Web.Features.Requirements;

namespace LearningPartner.Web.Features.Renewal;

/// <summary>
/// A renewal as R-RNW-1 defines it: evaluated with the AD as evaluation date, at the level met then (R-GLD-2),
/// priced from the AD's rule set, open during grace.
/// </summary>
public sealed record RenewalViewModel(
    string PartnerId,
    string PartnerName,
    OptionRow Option,
    DateOnly Anniversary,
    DateOnly? GraceLastDay,
    ProgramRuleSet? RuleSet,
    OptionEvaluation? Evaluation,
    LearningLevel? RenewsAt,
    Money? Price,
    int? OpenOrderId,
    string? Refusal,
    Guid RequestKey)
{
    public bool CanRenew => Refusal is null && RenewsAt is not null && Price is not null && OpenOrderId is null;

    public bool StepsDown => RenewsAt is { } level && level != Option.Level;
}
