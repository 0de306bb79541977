using LearningPartner.Domain.Common;

namespace LearningPartner.Domain.Discrepancies;

/// <summary>
/// Support's request for more information, or the partner's answer with an optional document. Part of the case the
/// partner sees; never changed once written.
/// </summary>
public sealed class DiscrepancyCaseMessage
{
    private DiscrepancyCaseMessage()
    {
        Author = string.Empty;
        Text = string.Empty;
    }

    internal DiscrepancyCaseMessage(DiscrepancyCase discrepancyCase, string author, bool fromPartner, string text, CaseDocument? document,
        DateTimeOffset at)
    {
        DiscrepancyCase = discrepancyCase;
        Author = Guard.Text(author, 300, nameof(author));
        FromPartner = fromPartner;
        Text = Guard.Text(text, 4000, nameof(text));
        DocumentFileName = document?.FileName;
        DocumentStorageKey = document?.StorageKey;
        At = at;
    }

    public long Id { get; private set; }

    public int DiscrepancyCaseId { get; private set; }

    public DiscrepancyCase? DiscrepancyCase { get; private set; }

    public string Author { get; private set; }

    /// <summary>True for the partner's answer, false for support's request.</summary>
    public bool FromPartner { get; private set; }

    public string Text { get; private set; }

    public string? DocumentFileName { get; private set; }

    public string? DocumentStorageKey { get; private set; }

    public DateTimeOffset At { get; private set; }
}
