namespace LearningPartner.Domain.FactImports;

/// <summary>
/// One previewed row of a roster or exam results import: the file's values (when readable), its outcome, the fact it
/// matched and — for a conflict or a rejection — the reason and the cells as the file wrote them.
/// </summary>
public sealed class FactImportRow
{
    private FactImportRow()
    {
    }

    public FactImportRow(int importId, int fileLine, FactRowOutcome outcome, string? reason, FactRowValues? values, int? factId,
        IReadOnlyList<string>? cells)
    {
        ImportId = importId;
        FileLine = fileLine;
        Outcome = outcome;
        Reason = reason;
        PartnerId = values?.PartnerId;
        PersonName = values?.PersonName;
        Email = values?.Email;
        MctId = values?.MctId;
        ValidUntil = values?.ValidUntil;
        ExamCode = values?.ExamCode;
        PassedOn = values?.PassedOn;
        FactId = factId;
        Cells = cells is null ? null : [.. cells];
    }

    public long Id { get; private set; }

    public int ImportId { get; private set; }

    public int FileLine { get; private set; }

    public FactRowOutcome Outcome { get; private set; }

    /// <summary>Why a row is rejected, or — for a conflict — the recorded version beside the file's.</summary>
    public string? Reason { get; private set; }

    public string? PartnerId { get; private set; }

    /// <summary>The trainer's name (roster) or the person who passed the exam (exam results).</summary>
    public string? PersonName { get; private set; }

    public string? Email { get; private set; }

    public string? MctId { get; private set; }

    public DateOnly? ValidUntil { get; private set; }

    public string? ExamCode { get; private set; }

    public DateOnly? PassedOn { get; private set; }

    /// <summary>The trainer or exam pass the row matched (verifies, already recorded, conflicts with).</summary>
    public int? FactId { get; private set; }

    /// <summary>The cells of a rejected or conflicting row as the file wrote them, in the documented column order.</summary>
    public string[]? Cells { get; private set; }

    public FactRowValues? Values => PartnerId is null || PersonName is null
        ? null
        : new FactRowValues(PartnerId, PersonName, Email, MctId, ValidUntil, ExamCode, PassedOn);
}
