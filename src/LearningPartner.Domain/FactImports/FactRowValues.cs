namespace LearningPartner.Domain.FactImports;

/// <summary>
/// The values of a readable roster or exam results row: an MCT (MCT id, valid until, email) or an exam pass (exam code,
/// passed on) of the partner with <see cref="PartnerId"/>.
/// </summary>
public sealed record FactRowValues(string PartnerId, string PersonName, string? Email, string? MctId, DateOnly? ValidUntil,
    string? ExamCode, DateOnly? PassedOn)
{
    public static FactRowValues Trainer(string partnerId, string name, string? email, string mctId, DateOnly validUntil) =>
        new(partnerId, name, email, mctId, validUntil, null, null);

    public static FactRowValues Exam(string partnerId, string personName, string examCode, DateOnly passedOn) =>
        new(partnerId, personName, null, null, null, examCode, passedOn);

    /// <summary>The key a file may hold once: the partner and the MCT id, or the partner, exam and person (in any case).</summary>
    public (string PartnerId, string Fact) Key => (PartnerId,
        MctId is not null ? MctId.ToUpperInvariant() : $"{ExamCode!.ToUpperInvariant()}|{PersonName.Trim().ToUpperInvariant()}");
}
