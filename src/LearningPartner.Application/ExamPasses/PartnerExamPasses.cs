using LearningPartner.Application.Common;
using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Trainers;

namespace LearningPartner.Application.ExamPasses;

/// <summary>
/// A partner's exam passes, newest first (R-CMP-1), each with its verification, and the claims awaiting verification with what
/// verifying each would meet today (R-MCT-1).
/// </summary>
public sealed record PartnerExamPasses(PartnerContext Partner, DateOnly Today, IReadOnlyList<ExamPassRow> ExamPasses, IReadOnlyList<PendingClaim> PendingClaims);

/// <param name="HasEvidenceDocument">R-MCT-1: the claim carries an uploaded transcript or certificate PDF.</param>
public sealed record ExamPassRow(int Id, string ExamCode, string PersonName, DateOnly PassedOn, FactStatus Status, string? EvidenceLink,
    bool HasEvidenceDocument, string? RejectionReason);

/// <summary>
/// R-MCT-1: an exam pass as a partner admin claims it, with the evidence staff check: a certification or transcript link, a PDF, or both.
/// </summary>
public sealed record ExamPassClaim(string ExamCode, string PersonName, DateOnly PassedOn, string? EvidenceLink, UploadedFile? EvidenceDocument,
    string ClaimedBy);
