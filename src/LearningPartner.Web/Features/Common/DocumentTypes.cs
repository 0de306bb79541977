namespace LearningPartner.Web.Features.Common;

/// <summary>What a form says an attached document is; only an actual invoice counts (R-KPI-3, R-DSC-3).</summary>
public static class DocumentTypes
{
    public const string Invoice = "Invoice";
    public const string OrderConfirmation = "OrderConfirmation";
    public const string PartnerStatement = "PartnerStatement";

    public static readonly string[] All = [Invoice, OrderConfirmation, PartnerStatement];
}
