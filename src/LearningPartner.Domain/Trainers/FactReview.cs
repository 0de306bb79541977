using LearningPartner.Domain.Common;

namespace LearningPartner.Domain.Trainers;

/// <summary>
/// R-MCT-1: a trainer or exam fact as someone vouches for it — who claimed it and when, the evidence (a Microsoft Learn
/// transcript link and/or an uploaded document), and what support staff or an imported file decided: verified (with what was
/// checked) or rejected (with the reason the partner reads). Immutable: each step makes a new value.
/// </summary>
public sealed record FactReview
{
    private FactReview()
    {
        ClaimedBy = string.Empty;
    }

    public DateTimeOffset ClaimedAt { get; private init; }

    public string ClaimedBy { get; private init; }

    /// <summary>A transcript share link (https), when the claim has one.</summary>
    public string? EvidenceLink { get; private init; }

    /// <summary>The storage key of an uploaded transcript or certificate PDF, when the claim has one.</summary>
    public string? EvidenceDocument { get; private init; }

    public DateTimeOffset? VerifiedAt { get; private init; }

    public string? VerifiedBy { get; private init; }

    /// <summary>What the verifier checked ("MCT roster 2026-12, line 14", "transcript: AZ-104 passed 2026-10-01").</summary>
    public string? VerificationNote { get; private init; }

    public DateTimeOffset? RejectedAt { get; private init; }

    public string? RejectedBy { get; private init; }

    public string? RejectionReason { get; private init; }

    public FactStatus Status => StatusOf(VerifiedAt, RejectedAt);

    /// <summary>The status, derived from the decision's dates (also for queries that read only the columns).</summary>
    public static FactStatus StatusOf(DateTimeOffset? verifiedAt, DateTimeOffset? rejectedAt) =>
        verifiedAt is not null ? FactStatus.Verified
        : rejectedAt is not null ? FactStatus.Rejected
        : FactStatus.AwaitingVerification;

    /// <summary>A partner's claim, awaiting verification, with its evidence: a transcript link, an uploaded document, or both.</summary>
    public static FactReview Claim(DateTimeOffset at, string by, string? evidenceLink, string? evidenceDocument)
    {
        var review = Claimed(at, by, evidenceLink, evidenceDocument);
        // R-MCT-1: staff verify a claim against its evidence; the forms ask for it, so a claim without any is a programming error.
        return review.EvidenceLink is null && review.EvidenceDocument is null
            ? throw new ArgumentException("A claim needs a transcript link or document (R-MCT-1).", nameof(evidenceLink))
            : review;
    }

    /// <summary>A fact confirmed on arrival by a record staff already hold (an imported roster or exam results file).</summary>
    public static FactReview Confirmed(DateTimeOffset at, string by, string note) =>
        Claimed(at, by, null, null).Verify(at, by, note);

    public FactReview Verify(DateTimeOffset at, string by, string note)
    {
        RequireAwaiting();
        return this with
        {
            VerifiedAt = at,
            VerifiedBy = Guard.Text(by, 200, nameof(by)),
            VerificationNote = Guard.Text(note, 1000, nameof(note)),
        };
    }

    public FactReview Reject(DateTimeOffset at, string by, string reason)
    {
        RequireAwaiting();
        return this with
        {
            RejectedAt = at,
            RejectedBy = Guard.Text(by, 200, nameof(by)),
            RejectionReason = Guard.Text(reason, 1000, nameof(reason)),
        };
    }

    /// <summary>
    /// The claim made again (a changed fact is a new claim; the old decision stays in the audit trail): with the same evidence,
    /// or with <paramref name="newDocument"/> in place of the document when the partner uploaded a new one.
    /// </summary>
    /// <remarks>A fact first confirmed by an imported file has no evidence of its own: claimed again, it has only a new document.</remarks>
    public FactReview ClaimedAgain(DateTimeOffset at, string by, string? newDocument = null) =>
        Claimed(at, by, EvidenceLink, newDocument ?? EvidenceDocument);

    /// <summary>What-if only: this claim as if it were verified (R-MCT-1 queue: "verifying this makes … orderable").</summary>
    public FactReview AssumedVerified() => Status == FactStatus.Verified ? this
        : this with { VerifiedAt = ClaimedAt, VerifiedBy = "(assumed)", VerificationNote = "(assumed)", RejectedAt = null };

    private static FactReview Claimed(DateTimeOffset at, string by, string? evidenceLink, string? evidenceDocument) => new()
    {
        ClaimedAt = at,
        ClaimedBy = Guard.Text(by, 200, nameof(by)),
        EvidenceLink = Optional(evidenceLink, 500),
        EvidenceDocument = Optional(evidenceDocument, 200),
    };

    private void RequireAwaiting()
    {
        if (Status != FactStatus.AwaitingVerification)
        {
            throw new InvalidOperationException($"The claim is {Status}, not awaiting verification.");
        }
    }

    private static string? Optional(string? text, int maxLength) =>
        string.IsNullOrWhiteSpace(text) ? null : Guard.Text(text, maxLength, nameof(text));
}
