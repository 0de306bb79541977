using LearningPartner.Domain.Common;

namespace LearningPartner.Domain.Trainers;

/// <summary>
/// A passed certification exam held by someone at the partner (R-CMP-1), e.g. AZ-104, as claimed by the partner or confirmed by
/// an imported exam results file; it counts only once verified (R-MCT-1).
/// </summary>
public sealed class ExamPass : IClaimedFact
{
    private ExamPass()
    {
        ExamCode = string.Empty;
        PersonName = string.Empty;
        Review = null!;
    }

    public ExamPass(int partnerOrganisationId, string examCode, string personName, DateOnly passedOn, FactReview review)
    {
        PartnerOrganisationId = partnerOrganisationId;
        ExamCode = Guard.Text(examCode, 16, nameof(examCode)).ToUpperInvariant();
        PersonName = Guard.Text(personName, 200, nameof(personName));
        PassedOn = passedOn;
        Review = review;
    }

    public int Id { get; private set; }

    public int PartnerOrganisationId { get; private set; }

    public string ExamCode { get; private set; }

    public string PersonName { get; private set; }

    public DateOnly PassedOn { get; private set; }

    /// <summary>R-MCT-1: the claim and its verification.</summary>
    public FactReview Review { get; private set; }

    public Guid Version { get; set; }

    public bool IsVerified => Review.Status == FactStatus.Verified;

    /// <summary>R-MCT-1, R-CMP-1: counts toward requirements on the date — verified, and passed by then.</summary>
    public bool CountsOn(DateOnly date) => IsVerified && PassedOn <= date;

    /// <summary>Changes the facts; a changed verified (or rejected) fact is a new claim awaiting verification (R-MCT-1).</summary>
    public void Change(string examCode, string personName, DateOnly passedOn, DateTimeOffset at, string by)
    {
        var newCode = Guard.Text(examCode, 16, nameof(examCode)).ToUpperInvariant();
        var newPerson = Guard.Text(personName, 200, nameof(personName));
        var changed = newCode != ExamCode || !string.Equals(newPerson, PersonName, StringComparison.Ordinal) || passedOn != PassedOn;
        ExamCode = newCode;
        PersonName = newPerson;
        PassedOn = passedOn;
        if (changed && Review.Status != FactStatus.AwaitingVerification)
        {
            Review = Review.ClaimedAgain(at, by);
        }
    }

    public void Verify(DateTimeOffset at, string by, string note) => Review = Review.Verify(at, by, note);

    public void Reject(DateTimeOffset at, string by, string reason) => Review = Review.Reject(at, by, reason);

    /// <summary>What-if only: a detached copy of this pass as if verified (never saved).</summary>
    public ExamPass AssumedVerified() => new(PartnerOrganisationId, ExamCode, PersonName, PassedOn, Review.AssumedVerified()) { Id = Id };
}
