using LearningPartner.Web.Features.Common;

namespace LearningPartner.Web.Features.HeldInvoices;

/// <summary>An invoice line a partner admin holds, as typed in the form, with the invoice document.</summary>
public sealed class HeldInvoiceInput : IInvoiceLineFields
{
    /// <summary>What the document is: only "Invoice" is accepted (R-KPI-3).</summary>
    public string? DocumentType { get; set; }

    public string? InvoiceNumber { get; set; }

    public string? LineNumber { get; set; }

    /// <summary>yyyy-MM-dd.</summary>
    public string? InvoiceDate { get; set; }

    public string? OmlpType { get; set; }

    public string? Units { get; set; }

    public string? Revenue { get; set; }

    public string? Currency { get; set; }

    public IFormFile? Document { get; set; }
}
