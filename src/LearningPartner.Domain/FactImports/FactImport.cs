using LearningPartner.Domain.Common;

namespace LearningPartner.Domain.FactImports;

/// <summary>
/// An uploaded MCT roster or exam results file (R-MCT-1): previewed, then committed once. The preview is stored, so the
/// commit applies exactly the previewed rows; the version token makes a second commit fail.
/// </summary>
public sealed class FactImport : IVersioned
{
    public const int MaxIgnoredColumns = 100;

    public const int MaxColumnName = 100;

    private FactImport()
    {
        FileName = string.Empty;
        FileHash = string.Empty;
        UploadedBy = string.Empty;
    }

    public FactImport(FactImportKind kind, string fileName, string fileHash, string uploadedBy, DateTimeOffset uploadedAt)
    {
        Kind = kind;
        FileName = Guard.Text(fileName, 255, nameof(fileName));
        FileHash = Guard.Text(fileHash, 64, nameof(fileHash));
        UploadedBy = Guard.Text(uploadedBy, 300, nameof(uploadedBy));
        UploadedAt = uploadedAt;
    }

    public int Id { get; private set; }

    public FactImportKind Kind { get; private set; }

    public string FileName { get; private set; }

    public string FileHash { get; private set; }

    public string UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public DateTimeOffset? CommittedAt { get; private set; }

    public string? CommittedBy { get; private set; }

    /// <summary>The facts the commit recorded or verified.</summary>
    public int AppliedRows { get; private set; }

    /// <summary>The preview's counts, kept for the import history.</summary>
    public int NewRows { get; private set; }

    public int VerifiesClaimRows { get; private set; }

    public int AlreadyRecordedRows { get; private set; }

    public int ConflictRows { get; private set; }

    public int RejectedRows { get; private set; }

    /// <summary>The file's columns the portal does not read, shown on the preview (as for invoice exports, issue 20.5).</summary>
    public string[] IgnoredColumns { get; private set; } = [];

    public Guid Version { get; set; }

    public bool IsCommitted => CommittedAt is not null;

    public void SetPreviewCounts(IEnumerable<FactRowOutcome> outcomes)
    {
        var list = outcomes.ToList();
        NewRows = list.Count(o => o == FactRowOutcome.New);
        VerifiesClaimRows = list.Count(o => o == FactRowOutcome.VerifiesClaim);
        AlreadyRecordedRows = list.Count(o => o == FactRowOutcome.AlreadyRecorded);
        ConflictRows = list.Count(o => o == FactRowOutcome.Conflict);
        RejectedRows = list.Count(o => o == FactRowOutcome.Rejected);
    }

    public void IgnoreColumns(IEnumerable<string> names) =>
        IgnoredColumns = [.. names.Take(MaxIgnoredColumns).Select(n => n.Length <= MaxColumnName ? n : string.Concat(n.AsSpan(0, MaxColumnName - 1), "…"))];

    public void MarkCommitted(string by, DateTimeOffset at, int appliedRows)
    {
        if (IsCommitted)
        {
            throw new InvalidOperationException("An import is committed once.");
        }

        CommittedBy = Guard.Text(by, 300, nameof(by));
        CommittedAt = at;
        AppliedRows = appliedRows;
    }
}
