using LearningPartner.Application.Common;
using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Trainers;

namespace LearningPartner.Application.Trainers;

/// <summary>
/// A partner's MCTs today, current ones first, each with what its leaving would cost (issue 6), and the claims awaiting
/// verification with what verifying each would meet today (R-MCT-1).
/// </summary>
public sealed record PartnerTrainers(PartnerContext Partner, DateOnly Today, IReadOnlyList<TrainerRow> Trainers, IReadOnlyList<PendingClaim> PendingClaims);

/// <param name="IfTheyLeave">Requirements of held options met with this trainer and not without (today and at the next renewal).</param>
/// <param name="HasEvidenceDocument">R-MCT-1: the claim carries an uploaded transcript PDF.</param>
public sealed record TrainerRow(int Id, string Name, string MctId, DateOnly ValidUntil, DateOnly? RetiredOn, bool IsValidToday,
    FactStatus Status, string? EvidenceLink, bool HasEvidenceDocument, string? RejectionReason, IReadOnlyList<LostRequirement> IfTheyLeave);

/// <summary>A trainer's details as recorded, for its edit form; <see cref="Version"/> guards the edit against a concurrent one.</summary>
public sealed record TrainerDetails(string Name, string MctId, DateOnly ValidUntil, string? Email, Guid Version);

/// <summary>
/// R-MCT-1: a trainer as a partner admin claims it, with the evidence staff check: a transcript share link, a transcript PDF, or both.
/// </summary>
public sealed record TrainerClaim(string Name, string MctId, DateOnly ValidUntil, string? Email, string? EvidenceLink, UploadedFile? EvidenceDocument,
    string ClaimedBy);
