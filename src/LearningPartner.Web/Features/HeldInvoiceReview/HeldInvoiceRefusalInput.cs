namespace LearningPartner.Web.Features.HeldInvoiceReview;

/// <summary>Support's reason for refusing a held invoice, as typed; the partner sees it.</summary>
public sealed class HeldInvoiceRefusalInput
{
    public string? Reason { get; set; }
}
