using LearningPartner.Domain.Common;
using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Programs;

namespace LearningPartner.Application.Enrollments;

/// <summary>
/// One option as the partner can (or cannot yet) buy it today: its checks, its price, and why the order button is disabled
/// (R-FEE-1). An upgrade carries the quote of R-GLD-3.
/// </summary>
public sealed record Offer(
    LearningLevel Level,
    string? CompetencyCode,
    string? CompetencyName,
    OptionEvaluation Evaluation,
    IReadOnlyList<PurchaseRefusal> Refusals,
    Money? Price,
    UpgradeQuote? Upgrade,
    int? OpenOrderId)
{
    public bool CanOrder => Refusals.Count == 0 && Price is not null && OpenOrderId is null;
}
