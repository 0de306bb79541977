using LearningPartner.Application.Common;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Programs;

namespace LearningPartner.Application.Renewal;

/// <summary>
/// A renewal as R-RNW-1 defines it: evaluated with the AD as evaluation date, at the level met then (R-GLD-2), priced from
/// the AD's rule set, open during grace. <see cref="Refusal"/> says why it cannot be ordered now, when it cannot.
/// </summary>
/// <param name="RequestKey">Made when the form is shown, so a replayed submission makes the same order (R-FEE-1).</param>
public sealed record RenewalQuote(
    PartnerContext Partner,
    OptionRow Option,
    DateOnly Anniversary,
    DateOnly? GraceLastDay,
    ProgramRuleSet? RuleSet,
    OptionEvaluation? Evaluation,
    LearningLevel? RenewsAt,
    Money? Price,
    int? OpenOrderId,
    Refusal? Refusal,
    Guid RequestKey)
{
    public bool CanRenew => Refusal is null && RenewsAt is not null && Price is not null && OpenOrderId is null;

    public bool StepsDown => RenewsAt is { } level && level != Option.Level;
}
