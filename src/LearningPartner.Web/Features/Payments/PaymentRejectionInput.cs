namespace LearningPartner.Web.Features.Payments;

/// <summary>Support's reason for rejecting a proof of payment (R-FEE-2), as typed; the partner sees it.</summary>
public sealed class PaymentRejectionInput
{
    public string? Reason { get; set; }
}
