using LearningPartner.Application.Common;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Orders;
using LearningPartner.Domain.Programs;

namespace LearningPartner.Application.Orders;

/// <summary>An order as the partner sees it, its state derived from the date (R-FEE-2).</summary>
public sealed record OrderModel(
    int Id,
    OrderKind Kind,
    LearningLevel Level,
    string? CompetencyCode,
    Money Price,
    string PaymentReference,
    DateTimeOffset CreatedAt,
    DateOnly ExpiresOn,
    OrderStatus Status,
    bool IsExpired,
    PaymentModel? Payment)
{
    /// <summary>Proof can be uploaded while the order is pending, not expired, and no proof awaits a decision.</summary>
    public bool CanUploadProof => Status == OrderStatus.PendingPayment && !IsExpired && Payment is not { IsLive: true };

    /// <summary>R-FEE-3: expired while its proof awaited confirmation, so it can be re-created without paying again (<see cref="Order.CanBeRecreatedOn"/>).</summary>
    public bool CanRecreate => Status == OrderStatus.PendingPayment && IsExpired && Kind != OrderKind.Renewal
        && Payment is { IsLive: true, ConfirmedOn: null };

    /// <summary>R-FEE-3: a partner admin may cancel it while it waits for payment and no proof is with support (<see cref="Order.CanBeCancelledOn"/>).</summary>
    public bool CanCancel => Status == OrderStatus.PendingPayment && !IsExpired && Payment is not { IsLive: true };
}

/// <summary>
/// A proof of payment as the partner sees it: the figures it declared (null: "not stated", uploaded before the form asked) and
/// how they compare with the order, then what support recorded as received (R-FEE-3).
/// </summary>
public sealed record PaymentModel(int Id, string ProofFileName, DateTimeOffset UploadedAt, DateOnly? ConfirmedOn, string? RejectionReason,
    DeclaredPayment? Declared, PaymentMismatch? DeclaredMismatch, ReceivedPayment? Received, string? OverrideReason)
{
    public bool IsLive => RejectionReason is null;

    public static PaymentModel Of(Payment payment, Money price) =>
        new(payment.Id, payment.ProofFileName, payment.UploadedAt, payment.ConfirmedOn, payment.RejectionReason,
            payment.Declared, payment.Declared is { } declared ? PaymentMatch.Of(price, declared.Amount) : null,
            payment.Received, payment.OverrideReason);
}

/// <summary>One order of a partner, with its latest proof of payment.</summary>
public sealed record OrderDetails(PartnerContext Partner, OrderModel Order)
{
    /// <summary>R-FEE-3: where and with which reference to wire the amount.</summary>
    public WireTransfer? Transfer { get; init; }
}

/// <summary>A partner's orders, newest first.</summary>
public sealed record PartnerOrders(PartnerContext Partner, IReadOnlyList<OrderModel> Orders);
