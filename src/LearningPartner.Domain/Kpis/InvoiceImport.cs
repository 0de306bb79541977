using LearningPartner.Domain.Common;

namespace LearningPartner.Domain.Kpis;

/// <summary>
/// An uploaded invoice export: previewed, then committed once. The preview is stored, so the commit applies
/// exactly the previewed rows, on any instance; the version token makes a second commit fail.
/// </summary>
public sealed class InvoiceImport : IVersioned
{
    private InvoiceImport()
    {
        FileName = string.Empty;
        FileHash = string.Empty;
        UploadedBy = string.Empty;
    }

    public InvoiceImport(string fileName, string fileHash, string uploadedBy, DateTimeOffset uploadedAt)
    {
        FileName = Guard.Text(fileName, 255, nameof(fileName));
        FileHash = Guard.Text(fileHash, 64, nameof(fileHash));
        UploadedBy = Guard.Text(uploadedBy, 300, nameof(uploadedBy));
        UploadedAt = uploadedAt;
    }

    public int Id { get; private set; }

    public string FileName { get; private set; }

    public string FileHash { get; private set; }

    public string UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public DateTimeOffset? CommittedAt { get; private set; }

    public string? CommittedBy { get; private set; }

    public int RecordedLines { get; private set; }

    /// <summary>The preview's counts, kept for the import history.</summary>
    public int NewRows { get; private set; }

    public int AlreadyRecordedRows { get; private set; }

    public int ConflictRows { get; private set; }

    public int RejectedRows { get; private set; }

    /// <summary>
    /// Issue 20.5: the export's columns the portal does not read (course title, delivery format …), shown on the preview:
    /// the first <see cref="MaxIgnoredColumns"/>, each cut to <see cref="MaxColumnName"/> characters.
    /// </summary>
    public string[] IgnoredColumns { get; private set; } = [];

    public const int MaxIgnoredColumns = 100;

    public const int MaxColumnName = 100;

    public Guid Version { get; set; }

    public bool IsCommitted => CommittedAt is not null;

    public void SetPreviewCounts(IEnumerable<ImportRowOutcome> outcomes)
    {
        var list = outcomes.ToList();
        NewRows = list.Count(o => o == ImportRowOutcome.New);
        AlreadyRecordedRows = list.Count(o => o == ImportRowOutcome.AlreadyRecorded);
        ConflictRows = list.Count(o => o == ImportRowOutcome.Conflict);
        RejectedRows = list.Count(o => o == ImportRowOutcome.Rejected);
    }

    public void IgnoreColumns(IEnumerable<string> names) =>
        IgnoredColumns = [.. names.Take(MaxIgnoredColumns).Select(n => n.Length <= MaxColumnName ? n : string.Concat(n.AsSpan(0, MaxColumnName - 1), "…"))];

    public void MarkCommitted(string by, DateTimeOffset at, int recordedLines)
    {
        if (IsCommitted)
        {
            throw new InvalidOperationException("An import is committed once.");
        }

        CommittedBy = Guard.Text(by, 300, nameof(by));
        CommittedAt = at;
        RecordedLines = recordedLines;
    }
}
