using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Trainers;

namespace LearningPartner.Application.ClaimReview;

/// <summary>R-MCT-1: which kind of fact a claim is about.</summary>
public enum ClaimKind
{
    Trainer,
    ExamPass,
}

/// <summary>R-MCT-1: the claims awaiting verification, those that would complete a requirement first, then the oldest.</summary>
public sealed record ClaimQueue(DateOnly Today, IReadOnlyList<ClaimQueueItem> Pending);

/// <summary>
/// One claim as staff verify it: the partner, the facts and evidence, who claimed it and when, the options verifying it would
/// meet today (<see cref="WouldMeet"/>, from the real rules), and the same MCT id at other organisations (<see cref="Conflicts"/>).
/// </summary>
/// <param name="Person">The trainer's name, or who passed the exam.</param>
/// <param name="Code">The MCT id, or the exam code.</param>
/// <param name="Date">The last day of the MCT membership, or the day the exam was passed.</param>
/// <param name="HasEvidenceDocument">The claim carries an uploaded transcript PDF, which staff download from the queue.</param>
public sealed record ClaimQueueItem(ClaimKind Kind, int Id, Guid Version, string PartnerId, string PartnerName, string Person, string? Email,
    string Code, DateOnly Date, string? EvidenceLink, bool HasEvidenceDocument, DateTimeOffset ClaimedAt, string ClaimedBy,
    IReadOnlyList<MetOption> WouldMeet, IReadOnlyList<ClaimConflict> Conflicts);

/// <summary>R-MCT-1: the same MCT id claimed or held by another organisation.</summary>
public sealed record ClaimConflict(string PartnerId, string PartnerName, FactStatus Status);
