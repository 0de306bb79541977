using LearningPartner.Domain.Kpis;

namespace LearningPartner.Application.Imports;

/// <summary>One import in the history: who uploaded and committed what, when, and the preview's counts.</summary>
public sealed record ImportSummary(int Id, string FileName, DateTimeOffset UploadedAt, string UploadedBy, DateTimeOffset? CommittedAt,
    string? CommittedBy, int RecordedLines, int NewRows, int AlreadyRecordedRows, int ConflictRows, int RejectedRows)
{
    public int ProblemRows => ConflictRows + RejectedRows;
}

/// <summary>
/// A previewed row: the values read from it, its outcome and reason, and (issue 20.5) for a rejected or conflicting row
/// its cells as the file wrote them — null for rows previewed before the portal kept them.
/// </summary>
public sealed record ImportRowModel(int FileLine, ImportRowOutcome Outcome, string? PartnerId, string? InvoiceNumber, int? LineNumber,
    DateOnly? InvoiceDate, string? OmlpType, int? Units, decimal? RevenueAmount, string? RevenueCurrency, string? Reason, InvoiceRowCells? Cells);

/// <summary>A stored preview: its counts, (the first of) its rejected and conflicting rows, and the file's ignored columns.</summary>
public sealed record ImportPreview(ImportSummary Import, Guid Version, int UnknownPartnerRows,
    IReadOnlyList<ImportRowModel> ProblemRows, IReadOnlyList<string> IgnoredColumns)
{
    /// <summary>At most this many problem rows are shown on the page; all of them are in the CSV download.</summary>
    public const int ShownProblemRows = 500;
}
