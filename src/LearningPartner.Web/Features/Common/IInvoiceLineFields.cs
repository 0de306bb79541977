namespace LearningPartner.Web.Features.Common;

/// <summary>An invoice line as typed in a form (a held invoice, a support correction): the fields of a CSV import row.</summary>
public interface IInvoiceLineFields
{
    string? InvoiceNumber { get; }

    string? LineNumber { get; }

    /// <summary>yyyy-MM-dd.</summary>
    string? InvoiceDate { get; }

    string? OmlpType { get; }

    string? Units { get; }

    string? Revenue { get; }

    string? Currency { get; }
}
