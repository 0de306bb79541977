using LearningPartner.Domain.Trainers;

namespace LearningPartner.Domain.FactImports;

/// <summary>
/// R-MCT-1: how a row of a record staff hold (an MCT roster, an exam results export) meets what the partner has listed.
/// The record is the evidence a claim waits for, so the same fact awaiting verification is verified by it; a fact the
/// partner lists with other values, a trainer whose affiliation ended (R-MCT-2) or a claim staff rejected is a conflict,
/// shown with both versions and left for a person to settle — an import never overrides a decision or a partner's values.
/// </summary>
public sealed record FactMatch(FactRowOutcome Outcome, IClaimedFact? Recorded)
{
    private static readonly FactMatch None = new(FactRowOutcome.New, null);

    /// <summary>A roster entry against the partner's trainers: the same MCT id (in any case) is the same trainer.</summary>
    public static FactMatch OfRosterEntry(string mctId, DateOnly validUntil, IEnumerable<Trainer> trainersOfPartner)
    {
        var trainer = trainersOfPartner.FirstOrDefault(t => string.Equals(t.MctId, mctId.Trim(), StringComparison.OrdinalIgnoreCase));
        if (trainer is null)
        {
            return None;
        }

        return trainer.RetiredOn is not null || trainer.ValidUntil != validUntil
            ? new FactMatch(FactRowOutcome.Conflict, trainer)
            : OnSameValues(trainer);
    }

    /// <summary>
    /// An exam result against the partner's exam passes: the same exam code and person (names compared in any case) is the
    /// same pass; a pass on the same date is preferred when the person is listed more than once.
    /// </summary>
    public static FactMatch OfExamResult(string examCode, string personName, DateOnly passedOn, IEnumerable<ExamPass> passesOfPartner)
    {
        var code = examCode.Trim().ToUpperInvariant();
        var person = personName.Trim();
        var same = passesOfPartner
            .Where(p => p.ExamCode == code && string.Equals(p.PersonName.Trim(), person, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (same.Count == 0)
        {
            return None;
        }

        var onDate = same.Where(p => p.PassedOn == passedOn).OrderBy(p => Preference(p.Review.Status)).FirstOrDefault();
        return onDate is null ? new FactMatch(FactRowOutcome.Conflict, same[0]) : OnSameValues(onDate);
    }

    private static FactMatch OnSameValues(IClaimedFact fact) => fact.Review.Status switch
    {
        FactStatus.Verified => new FactMatch(FactRowOutcome.AlreadyRecorded, fact),
        FactStatus.AwaitingVerification => new FactMatch(FactRowOutcome.VerifiesClaim, fact),
        _ => new FactMatch(FactRowOutcome.Conflict, fact),
    };

    /// <summary>Of several listings of the same pass: the verified one, then a claim waiting, then a rejected one.</summary>
    private static int Preference(FactStatus status) => status switch
    {
        FactStatus.Verified => 0,
        FactStatus.AwaitingVerification => 1,
        _ => 2,
    };
}
