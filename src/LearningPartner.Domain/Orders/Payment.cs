using LearningPartner.Domain.Common;

namespace LearningPartner.Domain.Orders;

/// <summary>
/// The wire-transfer payment of an order: the partner's proof, then support staff's decision (R-FEE-2).
/// One per order, enforced by a unique index. The figures the partner declares are stored as typed; whether they match the
/// order is derived when read (<see cref="PaymentMatch"/>, R-FEE-3).
/// </summary>
public sealed class Payment : IVersioned
{
    public const int BankReferenceMaxLength = 100;

    public const int OverrideReasonMaxLength = 500;

    private Payment()
    {
        ProofFileName = string.Empty;
        ProofStorageKey = string.Empty;
        UploadedBy = string.Empty;
    }

    public Payment(int orderId, string proofFileName, string proofStorageKey, string uploadedBy, DateTimeOffset uploadedAt,
        DeclaredPayment? declared = null)
    {
        OrderId = orderId;
        ProofFileName = Guard.Text(proofFileName, 255, nameof(proofFileName));
        ProofStorageKey = Guard.Text(proofStorageKey, 255, nameof(proofStorageKey));
        UploadedBy = Guard.Text(uploadedBy, 200, nameof(uploadedBy));
        UploadedAt = uploadedAt;
        OpenOrderId = orderId;
        if (declared is not null)
        {
            DeclaredPaidOn = declared.PaidOn;
            DeclaredAmount = declared.Amount.Amount;
            DeclaredCurrency = declared.Amount.Currency;
            DeclaredBankReference = Guard.Text(declared.BankReference, BankReferenceMaxLength, nameof(declared.BankReference));
        }
    }

    public int Id { get; private set; }

    public int OrderId { get; private set; }

    public string ProofFileName { get; private set; }

    /// <summary>Where the proof is stored, outside the web root.</summary>
    public string ProofStorageKey { get; private set; }

    public string UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>
    /// The order id while this payment is awaiting a decision or confirmed; null once rejected. Unique in the
    /// database: an order has one live payment, so a replayed upload never records a second one (R-FEE-1).
    /// </summary>
    public int? OpenOrderId { get; private set; }

    public DateOnly? DeclaredPaidOn { get; private set; }

    public decimal? DeclaredAmount { get; private set; }

    public string? DeclaredCurrency { get; private set; }

    public string? DeclaredBankReference { get; private set; }

    /// <summary>What the partner says its proof shows; null for a proof uploaded before the form asked ("not stated").</summary>
    public DeclaredPayment? Declared =>
        DeclaredPaidOn is { } paidOn && DeclaredAmount is { } amount && DeclaredCurrency is { } currency && DeclaredBankReference is { } reference
            ? new DeclaredPayment(paidOn, new Money(amount, currency), reference)
            : null;

    public DateOnly? ConfirmedOn { get; private set; }

    public decimal? ReceivedAmount { get; private set; }

    public string? ReceivedCurrency { get; private set; }

    public DateOnly? ValueDate { get; private set; }

    public string? BankReference { get; private set; }

    /// <summary>R-FEE-3: why support confirmed an amount that does not match the order; null when it matched.</summary>
    public string? OverrideReason { get; private set; }

    /// <summary>What support recorded at confirmation; null while undecided, when rejected, or confirmed before it was asked.</summary>
    public ReceivedPayment? Received =>
        ReceivedAmount is { } amount && ReceivedCurrency is { } currency && ValueDate is { } valueDate && BankReference is { } reference
            ? new ReceivedPayment(new Money(amount, currency), valueDate, reference)
            : null;

    public string? DecidedBy { get; private set; }

    public string? RejectionReason { get; private set; }

    public Guid Version { get; set; }

    /// <summary>
    /// R-FEE-3: confirms what was received for an order of <paramref name="price"/>. A mismatch that needs an override must come
    /// with its reason (the use case refuses it before); the reason is kept for any mismatch, dropped when the amount matches.
    /// </summary>
    public PaymentMismatch Confirm(string staffMember, DateOnly on, Money price, ReceivedPayment received, string? overrideReason)
    {
        EnsureUndecided();
        var mismatch = PaymentMatch.Of(price, received.Amount);
        if (mismatch.NeedsOverride() && string.IsNullOrWhiteSpace(overrideReason))
        {
            throw new InvalidOperationException($"A payment {mismatch} of the order's price needs an override reason.");
        }

        DecidedBy = Guard.Text(staffMember, 200, nameof(staffMember));
        ConfirmedOn = on;
        ReceivedAmount = received.Amount.Amount;
        ReceivedCurrency = received.Amount.Currency;
        ValueDate = received.ValueDate;
        BankReference = Guard.Text(received.BankReference, BankReferenceMaxLength, nameof(received.BankReference));
        OverrideReason = mismatch == PaymentMismatch.None ? null : Guard.OptionalText(overrideReason, OverrideReasonMaxLength, nameof(overrideReason));
        return mismatch;
    }

    public void Reject(string staffMember, string reason)
    {
        EnsureUndecided();
        DecidedBy = Guard.Text(staffMember, 200, nameof(staffMember));
        RejectionReason = Guard.Text(reason, 1000, nameof(reason));
        OpenOrderId = null;
    }

    public bool IsAwaitingDecision => DecidedBy is null;

    /// <summary>R-FEE-3: the proof awaiting a decision moves to the order that re-creates its expired one (no second payment).</summary>
    public void MoveTo(int orderId)
    {
        EnsureUndecided();
        OrderId = orderId;
        OpenOrderId = orderId;
    }

    private void EnsureUndecided()
    {
        if (DecidedBy is not null)
        {
            throw new InvalidOperationException("The payment has already been decided.");
        }
    }
}
