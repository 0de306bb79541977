using LearningPartner.Domain.Common;

namespace LearningPartner.Domain.Orders;

/// <summary>
/// The wire-transfer payment of an order: the partner's proof, then support staff's decision (R-FEE-2).
/// One per order, enforced by a unique index.
/// </summary>
public sealed class Payment : IVersioned
{
    private Payment()
    {
        ProofFileName = string.Empty;
        ProofStorageKey = string.Empty;
        UploadedBy = string.Empty;
    }

    public Payment(int orderId, string proofFileName, string proofStorageKey, string uploadedBy, DateTimeOffset uploadedAt)
    {
        OrderId = orderId;
        ProofFileName = Guard.Text(proofFileName, 255, nameof(proofFileName));
        ProofStorageKey = Guard.Text(proofStorageKey, 255, nameof(proofStorageKey));
        UploadedBy = Guard.Text(uploadedBy, 200, nameof(uploadedBy));
        UploadedAt = uploadedAt;
        OpenOrderId = orderId;
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

    public DateOnly? ConfirmedOn { get; private set; }

    public string? DecidedBy { get; private set; }

    public string? RejectionReason { get; private set; }

    public Guid Version { get; set; }

    public void Confirm(string staffMember, DateOnly on)
    {
        EnsureUndecided();
        DecidedBy = Guard.Text(staffMember, 200, nameof(staffMember));
        ConfirmedOn = on;
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
