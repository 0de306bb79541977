using LearningPartner.Application.HeldInvoices;
using LearningPartner.Domain.Common;
using LearningPartner.Infrastructure.Imports;
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

    /// <summary>The validated input as the use case takes it.</summary>
    public HeldInvoiceSubmission ToSubmission()
    {
        InvoiceFieldFormat.TryLineNumber(LineNumber, out var lineNumber);
        InvoiceFieldFormat.TryUnits(Units, out var units);
        InvoiceFieldFormat.TryRevenue(Revenue, out var revenue);
        return new HeldInvoiceSubmission(InvoiceNumber!, lineNumber, DateInput.Parse(InvoiceDate!), OmlpType!, units,
            new Money(revenue, Currency!.Trim().ToUpperInvariant()), UploadedFiles.From(Document));
    }
}
