using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Programs;

namespace LearningPartner.Application.Partners;

/// <summary>
/// An option on the overview: its state today, while it is held the forecast of its renewal, and while it awaits payment where
/// the payment of its open order stands (null when no order of it is open today).
/// </summary>
public sealed record OptionOverview(OptionRow Option, RenewalForecast? Forecast, OptionPayment? Payment = null);

/// <summary>
/// R-RNW-1 before (or in grace after) the AD: the level the partner would renew at on the KPIs recorded so far,
/// with what is still missing by the end of the month before the AD (the R-KPI-7 window of the AD). No rule set for the
/// AD: no level, <see cref="RuleSetMissing"/> (R-PRG-1). Claims awaiting verification count for nothing; those that would
/// meet the option at the AD are named apart (R-MCT-1).
/// </summary>
public sealed record RenewalForecast(
    DateOnly Anniversary,
    MonthRange Window,
    LearningLevel? RenewsAt,
    IReadOnlyList<RequirementCheck> Missing,
    bool RuleSetMissing,
    IReadOnlyList<PendingClaim> WouldMeetIfVerified);
