using LearningPartner.Domain.Orders;

namespace LearningPartner.Application.Payments;

/// <summary>
/// Support's confirmation of a payment (R-FEE-3): what was received, and whether a mismatch with the order is accepted, and
/// why. An override counts only with its reason.
/// </summary>
public sealed record PaymentConfirmation(ReceivedPayment Received, bool Override = false, string? OverrideReason = null)
{
    /// <summary>The form field a mismatch refusal belongs beside.</summary>
    public const string OverrideField = "Override";

    public bool IsOverridden => Override && !string.IsNullOrWhiteSpace(OverrideReason);
}
