namespace LearningPartner.Domain.Kpis;

/// <summary>
/// The nine cells of an export row as the file wrote them (issue 20.5), kept with a rejected or conflicting row so the
/// problems CSV gives them back to be corrected and imported again — a date "2026-02-30" or units "abc" included. A cell
/// the row lacks is null. Characters no text may hold are written as their code points (<see cref="Common.PlainText.Visible"/>).
/// </summary>
public sealed record InvoiceRowCells(string? PartnerId, string? DocumentType, string? InvoiceNumber, string? LineNumber, string? InvoiceDate,
    string? OmlpType, string? Units, string? Revenue, string? Currency)
{
    /// <summary>The cells in the export's column order (docs/invoice-import.md).</summary>
    public IReadOnlyList<string?> InColumnOrder() => [PartnerId, DocumentType, InvoiceNumber, LineNumber, InvoiceDate, OmlpType, Units, Revenue, Currency];
}
