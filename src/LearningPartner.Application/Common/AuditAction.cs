namespace LearningPartner.Application.Common;

/// <summary>
/// What an audit entry says happened. Stored by name: the names are the audit trail's history (and part of each entry's
/// hash, ADR-009), so a name is never changed; a new kind of change gets a new name.
/// </summary>
public enum AuditAction
{
    // Enrollment and orders (R-FEE-*, R-RNW-1, R-GLD-*)
    OrderPlaced,
    OrderExpired,
    OrderCancelled,
    RenewalOrdered,
    PaymentProofUploaded,
    PaymentConfirmed,
    PaymentRejected,
    EnrollmentActivated,
    EnrollmentReplaced,
    EnrollmentRenewed,
    EnrollmentSteppedDown,
    MarketplaceProfileRequested,
    MarketplaceProfileCompleted,

    /// <summary>R-FEE-3: an order that expired with its proof before support was re-created; the proof moved to the new order.</summary>
    OrderRecreated,
    PaymentProofMoved,

    // Trainers and exams (R-CMP-1)
    TrainerAdded,
    TrainerChanged,
    TrainerRetired,
    ExamPassAdded,
    ExamPassRemoved,
    FactImportPreviewed,
    FactImportCommitted,

    // KPIs (R-KPI-*, R-DSC-*)
    InvoiceImportPreviewed,
    InvoiceImportCommitted,
    HeldInvoiceSubmitted,
    HeldInvoiceVerified,
    HeldInvoiceRefused,
    KpiRecordAdded,
    KpiRecordSuperseded,
    DiscrepancyCaseSubmitted,
    DiscrepancyCaseTaken,
    DiscrepancyCaseQuestionAsked,
    DiscrepancyCaseAnswered,
    DiscrepancyCaseRejected,
    DiscrepancyCaseCorrected,

    // Directory (R-DIR-*)
    DirectoryListingRequested,
    DirectoryListingApproved,
    DirectoryListingRejected,

    // People and resources (R-ROLE-*, R-RES-1)
    PartnerUserLinked,
    PartnerUserUnlinked,
    PartnerUserRoleChanged,
    PartnerUserDeactivated,
    UserSessionsEnded,
    ResourceLinkChanged,

    // Invitations (R-ORG-2)
    InvitationSent,
    InvitationResent,
    InvitationRevoked,
    InvitationAccepted,

    // Registration (R-ORG-1)
    PartnerRegistered,
    AgreementAccepted,
    PartnerVerified,
    PartnerRejected,

    // People (R-ORG-2), after registration
    PartnerUserReactivated,

    // Verified trainer and exam facts (R-MCT-1)
    TrainerVerified,
    TrainerRejected,
    ExamPassVerified,
    ExamPassRejected,
}
