using LearningPartner.Domain.Common;

namespace LearningPartner.Domain.Trainers;

/// <summary>
/// A Microsoft Certified Trainer (MCT) of a partner organisation (R-LAP-1, R-CMP-1), as claimed by the partner or confirmed by
/// an imported MCT roster; it counts only once verified (R-MCT-1), within its membership and its affiliation (R-MCT-2).
/// </summary>
public sealed class Trainer : IClaimedFact
{
    private Trainer()
    {
        Name = string.Empty;
        MctId = string.Empty;
        Review = null!;
    }

    public Trainer(int partnerOrganisationId, string name, string mctId, DateOnly validUntil, FactReview review, string? email = null)
    {
        PartnerOrganisationId = partnerOrganisationId;
        Name = Guard.Text(name, 200, nameof(name));
        MctId = Guard.Text(mctId, 32, nameof(mctId));
        ValidUntil = validUntil;
        Email = OptionalEmail(email);
        Review = review;
    }

    public int Id { get; private set; }

    public int PartnerOrganisationId { get; private set; }

    public string Name { get; private set; }

    public string MctId { get; private set; }

    /// <summary>The trainer's email, when the partner gave one (R-MCT-1 claims).</summary>
    public string? Email { get; private set; }

    /// <summary>The last day of the MCT membership (inclusive); memberships are yearly (R-MCT-2).</summary>
    public DateOnly ValidUntil { get; private set; }

    /// <summary>R-MCT-2: the first day the trainer no longer works for the partner (the affiliation ended); never deleted.</summary>
    public DateOnly? RetiredOn { get; private set; }

    /// <summary>R-MCT-1: the claim and its verification.</summary>
    public FactReview Review { get; private set; }

    public Guid Version { get; set; }

    public bool IsVerified => Review.Status == FactStatus.Verified;

    /// <summary>R-MCT-2: the first day the membership no longer covers, unless it is renewed (the day after <see cref="ValidUntil"/>).</summary>
    public DateOnly LapsesOn => ValidUntil.AddDays(1);

    /// <summary>Within the membership and the affiliation on the date — whether or not anyone verified it.</summary>
    public bool IsValidOn(DateOnly date) => date <= ValidUntil && (RetiredOn is null || date < RetiredOn);

    /// <summary>R-MCT-1, R-MCT-2: counts toward requirements on the date — verified, and valid on it.</summary>
    public bool CountsOn(DateOnly date) => IsVerified && IsValidOn(date);

    /// <summary>R-MCT-2: the affiliation ends from <paramref name="on"/>; the trainer counts until the day before.</summary>
    public void Retire(DateOnly on) => RetiredOn ??= on;

    /// <summary>
    /// Changes the facts. A change to a verified (or rejected) fact is a new claim awaiting verification (R-MCT-1); the old
    /// version stays in the audit trail. A change of the name alone keeps the verification (the MCT id and dates are the facts).
    /// A new transcript document (<paramref name="newEvidenceDocument"/>, its storage key) is new evidence, so always a new claim.
    /// </summary>
    public void Change(string name, string mctId, DateOnly validUntil, string? email, DateTimeOffset at, string by,
        string? newEvidenceDocument = null)
    {
        var newMctId = Guard.Text(mctId, 32, nameof(mctId));
        var factsChanged = !string.Equals(newMctId, MctId, StringComparison.OrdinalIgnoreCase) || validUntil != ValidUntil;
        Name = Guard.Text(name, 200, nameof(name));
        MctId = newMctId;
        ValidUntil = validUntil;
        Email = OptionalEmail(email);
        if ((factsChanged && Review.Status != FactStatus.AwaitingVerification) || newEvidenceDocument is not null)
        {
            Review = Review.ClaimedAgain(at, by, newEvidenceDocument);
        }
    }

    public void Verify(DateTimeOffset at, string by, string note) => Review = Review.Verify(at, by, note);

    public void Reject(DateTimeOffset at, string by, string reason) => Review = Review.Reject(at, by, reason);

    /// <summary>What-if only: a detached copy of this trainer as if verified (never saved).</summary>
    public Trainer AssumedVerified() => new(PartnerOrganisationId, Name, MctId, ValidUntil, Review.AssumedVerified(), Email)
    {
        Id = Id,
        RetiredOn = RetiredOn,
    };

    /// <summary>
    /// What-if only (R-MCT-2): a detached copy of this trainer as if its membership were renewed to cover <paramref name="date"/>
    /// (never saved). The verification and the affiliation stay as they are: a claim awaiting verification still counts for nothing.
    /// </summary>
    public Trainer AssumedValidOn(DateOnly date) => new(PartnerOrganisationId, Name, MctId, date > ValidUntil ? date : ValidUntil, Review, Email)
    {
        Id = Id,
        RetiredOn = RetiredOn,
    };

    private static string? OptionalEmail(string? email) => string.IsNullOrWhiteSpace(email) ? null : Guard.Text(email, 254, nameof(email));
}
