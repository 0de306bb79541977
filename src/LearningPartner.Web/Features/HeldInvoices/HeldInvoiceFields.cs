namespace LearningPartner.Web.Features.HeldInvoices;

/// <summary>What a held-invoice form says the document is; only an invoice counts (R-KPI-3).</summary>
public static class HeldInvoiceFields
{
    public const string Invoice = "Invoice";
    public const string OrderConfirmation = "OrderConfirmation";
    public const string PartnerStatement = "PartnerStatement";
}
