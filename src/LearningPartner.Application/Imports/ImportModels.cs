using LearningPartner.Domain.Kpis;

namespace LearningPartner.Application.Imports;

/// <summary>One import in the history: who uploaded and committed what, when, and the preview's counts.</summary>
public sealed record ImportSummary(int Id, string FileName, DateTimeOffset UploadedAt, string UploadedBy, DateTimeOffset? CommittedAt,
    string? CommittedBy, int RecordedLines, int NewRows, int AlreadyRecordedRows, int ConflictRows, int RejectedRows)
{
    public int ProblemRows => ConflictRows + RejectedRows;
}

public sealed record ImportRowModel(int FileLine, ImportRowOutcome Outcome, string? PartnerId, string? InvoiceNumber, int? LineNumber,
    DateOnly? InvoiceDate, string? OmlpType, int? Units, decimal? RevenueAmount, string? RevenueCurrency, string? Reason);

/// <summary>A stored preview: its counts and (the first of) its rejected and conflicting rows.</summary>
public sealed record ImportPreview(ImportSummary Import, Guid Version, int UnknownPartnerRows,
    IReadOnlyList<ImportRowModel> ProblemRows)
{
    /// <summary>At most this many problem rows are shown on the page; all of them are in the CSV download.</summary>
    public const int ShownProblemRows = 500;
}
