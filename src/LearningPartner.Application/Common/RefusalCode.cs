namespace LearningPartner.Application.Common;

/// <summary>
/// Every reason a use case refuses a command. The web layer holds the words for each, in both languages
/// (<c>Web/Features/Common/RefusalMessages.cs</c>); a code without words does not compile there.
/// </summary>
public enum RefusalCode
{
    // Common
    /// <summary>R-PRG-1: no program-year rule set covers the date (value: the date).</summary>
    RuleSetMissing,

    // Uploaded documents: PDF, PNG or JPEG by content, at most 5 MB
    ProofMissing,
    InvoiceDocumentMissing,
    DocumentTooLarge,
    DocumentNotPdfPngJpeg,
    DocumentNameMismatch,

    /// <summary>R-MCT-1: a transcript or certificate is accepted as a PDF (.pdf) only.</summary>
    DocumentNotPdf,

    // Enrollment, orders and renewal (R-FEE-*, R-RNW-1, R-SLV-1)
    /// <summary>One open order per option (value, when known: the open order's id).</summary>
    OrderAlreadyOpen,

    /// <summary>One open renewal order per option (value, when known: the open order's id).</summary>
    RenewalAlreadyOpen,
    OptionRequirementsNotMet,
    PerformanceNotConfirmed,
    ProofNotExpected,

    // Payments (R-FEE-2, R-DATE-3, R-LAP-2/3)
    PaymentAlreadyDecided,
    PaymentDecidedMeanwhile,
    OrderNotPending,

    /// <summary>R-FEE-3: the order's proof of payment awaits support's decision, so the partner cannot cancel it now.</summary>
    OrderProofAwaitingDecision,

    /// <summary>R-FEE-3: less was received than the order's price, without an override (values: received, price).</summary>
    PaymentShortNeedsOverride,

    /// <summary>R-FEE-3: the payment is in another currency than the order's, without an override (values: received, price).</summary>
    PaymentCurrencyNeedsOverride,

    /// <summary>R-FEE-3: only an expired order (not a renewal) whose proof awaited support's decision is re-created.</summary>
    OrderNotRecreatable,

    /// <summary>R-FEE-2: the order expired unpaid (value: its expiry date).</summary>
    OrderExpiredUnpaid,

    /// <summary>The option the order is for ended (replaced by gold, or stepped down) since it was placed.</summary>
    OptionEnded,

    /// <summary>R-FEE-1: the partner holds the option already, or gold in its competency.</summary>
    OptionAlreadyHeld,
    MarketplaceProfileAlreadySetUp,

    // Trainers (R-CMP-1)
    MctIdAlreadyListed,
    TrainerChangedMeanwhile,

    // Held invoices (R-KPI-1, R-KPI-3, R-KPI-4; values: the invoice number and line number, then the recorded values)
    LineAlreadyRecorded,
    LineRecordedWithOtherValues,
    LineAwaitingVerification,
    LineRecordedRefuseInstead,
    HeldInvoiceReviewedMeanwhile,

    /// <summary>R-KPI-2, R-PRG-1: no rule set values the line (its date's year has no rule set or not its OMLP type).</summary>
    LineNotValued,
    LineRecordedByAnotherSource,

    // Invoice imports (R-KPI-1, R-KPI-4)
    /// <summary>The export cannot be read as a whole (value: the reader's explanation, naming the line).</summary>
    ImportFileRefused,
    ImportFileMissing,
    ImportFileTooLarge,
    ImportAlreadyCommitted,
    ImportLinesRecordedMeanwhile,

    // MCT roster and exam results imports (R-MCT-1)
    FactImportFileMissing,
    FactsChangedMeanwhile,

    // Discrepancy cases (R-DSC-*)
    CaseChangedMeanwhile,
    CaseChangedBeforeAnswer,
    CaseAlreadyWaitingForPartner,
    KpiRecordNotCurrent,
    CorrectionChangesNothing,

    /// <summary>R-KPI-4: the added record's line is recorded already (values: invoice number, line number).</summary>
    CorrectionLineAlreadyRecorded,

    // Directory (R-DIR-3..5)
    ListingNeedsHeldOption,
    ListingAlreadyAwaitingReview,
    ListingChecksIncomplete,
    ListingPartnerHoldsNoOption,
    ListingReviewedMeanwhile,

    /// <summary>Issue 24: a listing's logo is larger than its limit (value: the limit in KB).</summary>
    LogoTooLarge,

    /// <summary>Issue 24: a listing's logo is a PNG, JPEG or WebP image by content, its name agreeing (SVG refused).</summary>
    LogoNotPngJpegWebp,

    // People and resources (ADR-002, R-RES-1)
    NoSuchPartner,
    UserAlreadyLinked,

    /// <summary>R-ORG-2: the last active partner admin can be neither demoted nor deactivated.</summary>
    LastPartnerAdmin,
    ResourceLinkChangedMeanwhile,

    // Invitations (R-ORG-2)
    /// <summary>A pending invitation to this address is open already: resend or revoke it.</summary>
    InvitationAlreadyOpen,

    /// <summary>Someone with this email address is a member of the organisation already.</summary>
    InvitationEmailIsMember,

    /// <summary>Resend or revoke of an invitation that was accepted or revoked meanwhile.</summary>
    InvitationNotPending,
    InvitationRevoked,
    InvitationAlreadyUsed,

    /// <summary>The invitation expired (value: when).</summary>
    InvitationExpired,

    /// <summary>The signed-in person's verified email is not the invited one (value: the signed-in person's email, or empty).</summary>
    InvitationForAnotherEmail,

    /// <summary>The signed-in person is a member of the organisation already (active or deactivated).</summary>
    InvitationAlreadyMember,

    /// <summary>R-RNW-1: the option lapsed at the end of its grace period.</summary>
    RenewalLapsed,

    /// <summary>R-RNW-1: renewal opens on the AD (value: the AD).</summary>
    RenewalNotOpenYet,

    /// <summary>R-GLD-2: on the AD no level of the option is met.</summary>
    RenewalNoLevelMet,

    // Registration (R-ORG-1)
    /// <summary>R-ORG-1: the organisation waits for support staff's verification and cannot order yet.</summary>
    PartnerPendingVerification,

    /// <summary>R-ORG-1: support staff rejected the registration (value: their reason).</summary>
    PartnerRegistrationRejected,

    /// <summary>R-ORG-1: a partner admin must accept the program agreement's current version first (value: the version).</summary>
    AgreementNotAccepted,

    /// <summary>R-ORG-1: the person already belongs to an organisation, or is staff.</summary>
    AlreadyMember,

    /// <summary>R-ORG-1: staff decided this registration meanwhile.</summary>
    RegistrationDecidedMeanwhile,

    /// <summary>R-GLD-2: only a lower level is met on the AD, and the partner holds it already (value: that level).</summary>
    RenewalLowerLevelHeld,

    /// <summary>R-MCT-1: the claim was decided or changed since the queue was read.</summary>
    ClaimReviewedMeanwhile,

    /// <summary>R-FEE-3: no wire instructions are configured for the order's currency, so it cannot be paid (value: the currency).</summary>
    WireInstructionsMissing,
}
