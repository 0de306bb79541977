using LearningPartner.Domain.Common;
using LearningPartner.Domain.Programs;

namespace LearningPartner.Domain.Orders;

/// <summary>
/// An order for an option, paid by wire transfer (R-FEE-2). The payment reference is unique, and so is
/// the idempotency key of the submission that created it (R-FEE-1: a replayed POST never makes a second order).
/// </summary>
public sealed class Order : IVersioned
{
    private Order()
    {
        PaymentReference = string.Empty;
        IdempotencyKey = string.Empty;
        Price = Money.Zero("USD");
    }

    public Order(int partnerOrganisationId, int enrollmentId, OrderKind kind, LearningLevel level, Money price,
        string paymentReference, string idempotencyKey, DateTimeOffset createdAt, DateOnly expiresOn,
        string? competencyCode = null, int? replacesEnrollmentId = null)
    {
        PartnerOrganisationId = partnerOrganisationId;
        EnrollmentId = enrollmentId;
        Kind = kind;
        Level = level;
        Price = price;
        PaymentReference = Guard.Text(paymentReference, 32, nameof(paymentReference));
        IdempotencyKey = Guard.Text(idempotencyKey, 64, nameof(idempotencyKey));
        CreatedAt = createdAt;
        ExpiresOn = expiresOn;
        Status = OrderStatus.PendingPayment;
        CompetencyCode = competencyCode;
        ReplacesEnrollmentId = replacesEnrollmentId;
        OpenOptionKey = OptionKey(partnerOrganisationId, level, competencyCode);
    }

    public int Id { get; private set; }

    public int PartnerOrganisationId { get; private set; }

    public int EnrollmentId { get; private set; }

    public OrderKind Kind { get; private set; }

    public LearningLevel Level { get; private set; }

    public string? CompetencyCode { get; private set; }

    /// <summary>R-GLD-3: the silver enrollment a gold upgrade replaces once it is confirmed.</summary>
    public int? ReplacesEnrollmentId { get; private set; }

    /// <summary>
    /// Set while the order can be paid, null once it is paid or cancelled. Unique in the database: one open order
    /// per option, even from two browser tabs (R-FEE-1).
    /// </summary>
    public string? OpenOptionKey { get; private set; }

    public Money Price { get; private set; }

    public string PaymentReference { get; private set; }

    public string IdempotencyKey { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>R-FEE-2: the first day on which a still-unpaid order counts as expired.</summary>
    public DateOnly ExpiresOn { get; private set; }

    public OrderStatus Status { get; private set; }

    public Guid Version { get; set; }

    public static string OptionKey(int partnerOrganisationId, LearningLevel level, string? competencyCode) =>
        $"{partnerOrganisationId}:{level}:{competencyCode}";

    public bool IsExpiredOn(DateOnly date) => Status == OrderStatus.PendingPayment && date >= ExpiresOn;

    public void MarkPaid()
    {
        if (Status != OrderStatus.PendingPayment)
        {
            throw new InvalidOperationException($"An order that is {Status} cannot be paid.");
        }

        Status = OrderStatus.Paid;
        OpenOptionKey = null;
    }

    /// <summary>
    /// R-FEE-2: a pending order expires when read, not by a job: its row keeps the option's open-order key (unique) until a
    /// new order for the same option — a new enrollment or a renewal — cancels it here first. True when it was cancelled.
    /// </summary>
    public bool CancelIfExpiredOn(DateOnly date)
    {
        if (!IsExpiredOn(date))
        {
            return false;
        }

        Cancel();
        return true;
    }

    /// <summary>
    /// R-FEE-2: a proof of payment is taken while the order waits for payment — not paid, not cancelled, not expired. Whether a
    /// proof already awaits a decision is the payments' unique open-order index's to say.
    /// </summary>
    public bool TakesProofOn(DateOnly date) => Status == OrderStatus.PendingPayment && !IsExpiredOn(date);

    /// <summary>
    /// R-FEE-3: a partner admin may cancel an order while it waits for payment — not paid, not already cancelled, not expired
    /// (an expired order is closed by the next order for its option), and with no proof of payment before support: once the
    /// partner says the money was sent, support decides first (a rejected proof frees the order again).
    /// </summary>
    public bool CanBeCancelledOn(DateOnly date, bool proofAwaitingDecision) =>
        Status == OrderStatus.PendingPayment && !IsExpiredOn(date) && !proofAwaitingDecision;

    /// <summary>
    /// R-FEE-3 (Partner Center: an order that expired after its payment was made is re-created without paying again): an
    /// order that expired while its proof awaited support's decision can be re-created, and the proof moves to the new order.
    /// Not a renewal: a renewal expires with the end of grace, when the option lapses and can only be enrolled anew (R-RNW-1).
    /// </summary>
    public bool CanBeRecreatedOn(DateOnly date, bool proofAwaitingDecision) =>
        IsExpiredOn(date) && proofAwaitingDecision && Kind != OrderKind.Renewal;

    /// <summary>
    /// The order that re-creates this expired one (<see cref="CanBeRecreatedOn"/>): the same option, enrollment and price — the
    /// proof shows that amount paid — with a new reference and expiry. This order stays expired, for the record; it only gives
    /// up the option's open-order key to the new one.
    /// </summary>
    public Order Recreate(DateOnly today, string paymentReference, DateTimeOffset createdAt, DateOnly expiresOn)
    {
        if (!IsExpiredOn(today) || Kind == OrderKind.Renewal)
        {
            throw new InvalidOperationException("Only an expired order that is not a renewal is re-created.");
        }

        OpenOptionKey = null;
        return new Order(PartnerOrganisationId, EnrollmentId, Kind, Level, Price, paymentReference, RecreationKey(Id), createdAt, expiresOn,
            CompetencyCode, ReplacesEnrollmentId);
    }

    /// <summary>The idempotency key of the order that re-creates order <paramref name="orderId"/>: it is re-created once.</summary>
    public static string RecreationKey(int orderId) => $"recreates:{orderId}";

    public void Cancel()
    {
        if (Status == OrderStatus.PendingPayment)
        {
            Status = OrderStatus.Cancelled;
            OpenOptionKey = null;
        }
    }
}
