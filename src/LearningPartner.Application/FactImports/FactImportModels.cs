using LearningPartner.Domain.FactImports;

namespace LearningPartner.Application.FactImports;

/// <summary>One roster or exam results import in the history: who uploaded and committed it, when, and the preview's counts.</summary>
public sealed record FactImportSummary(int Id, FactImportKind Kind, string FileName, DateTimeOffset UploadedAt, string UploadedBy,
    DateTimeOffset? CommittedAt, string? CommittedBy, int AppliedRows, int NewRows, int VerifiesClaimRows, int AlreadyRecordedRows,
    int ConflictRows, int RejectedRows)
{
    /// <summary>What the commit records or verifies.</summary>
    public int RowsToApply => NewRows + VerifiesClaimRows;
}

/// <summary>A previewed row as the page shows it: the file's values or cells, its outcome and the reason.</summary>
public sealed record FactImportRowModel(int FileLine, FactRowOutcome Outcome, FactRowValues? Values, string? Reason,
    IReadOnlyList<string>? Cells);

/// <summary>A stored preview: its counts, its rows (all but those already recorded) and the file's ignored columns.</summary>
public sealed record FactImportPreview(FactImportSummary Import, Guid Version, IReadOnlyList<FactImportRowModel> Rows,
    IReadOnlyList<string> IgnoredColumns)
{
    /// <summary>At most this many rows are shown on the page.</summary>
    public const int ShownRows = 1000;
}
