using LearningPartner.Domain.Common;
using LearningPartner.Domain.Kpis;

namespace LearningPartner.Infrastructure.Imports;

/// <summary>One accepted row of a Courseware Marketplace invoice export (R-KPI-1), with its cells as written.</summary>
public sealed record InvoiceRow(int FileLine, string PartnerId, string InvoiceNumber, int LineNumber, DateOnly InvoiceDate,
    string OmlpType, int Units, Money Revenue, InvoiceRowCells Cells);

/// <summary>A row refused with the reason shown to support staff, by its line in the file, with its cells as written.</summary>
public sealed record RejectedRow(int FileLine, string Reason, InvoiceRowCells Cells);

/// <summary>
/// The parse of a whole file: a file-level refusal, or its accepted and rejected rows and the columns it ignored
/// (issue 20.5).
/// </summary>
public sealed record InvoiceFileParse(string? FileError, IReadOnlyList<InvoiceRow> Accepted, IReadOnlyList<RejectedRow> Rejected,
    IReadOnlyList<string> IgnoredColumns)
{
    public static InvoiceFileParse Refused(string error) => new(error, [], [], []);
}
