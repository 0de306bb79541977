namespace LearningPartner.Domain.Notifications;

/// <summary>
/// What a notice says, by kind. Every notice is stored as its facts and put into words when read, in the reader's language
/// (issue 24). <see cref="Text"/> is a notice stored as finished (English) words, as every notice was before issue 23: no code
/// writes one any more, but rows from then still show and mail their stored words.
/// </summary>
public enum NoticeKind
{
    /// <summary>Legacy: stored as finished English words (<see cref="PartnerNotification.Subject"/>, <see cref="PartnerNotification.Body"/>).</summary>
    Text = 0,
    OrderPlaced = 1,
    PaymentProofReceived = 2,
    PaymentConfirmed = 3,
    PaymentRejected = 4,
    OrderExpiring = 5,
    OrderExpired = 6,

    /// <summary>R-RNW-2: a renewal reminder (<see cref="RenewalReminderFacts"/>).</summary>
    RenewalReminder = 7,

    /// <summary>R-DSC-2: support changed a KPI discrepancy case's state (<see cref="CaseNoticeFacts"/>).</summary>
    CaseUpdated = 8,

    /// <summary>R-MCT-1: support rejected a trainer or exam claim (<see cref="ClaimRejectedFacts"/>).</summary>
    ClaimRejected = 9,

    /// <summary>R-DIR-4: the directory editors approved a listing request (<see cref="ListingDecisionFacts"/>).</summary>
    ListingApproved = 10,

    /// <summary>R-DIR-4: the directory editors did not approve a listing request (<see cref="ListingDecisionFacts"/>).</summary>
    ListingRejected = 11,

    /// <summary>R-MCT-2: a trainer's MCT membership ends before an option's anniversary date (<see cref="TrainerLapseFacts"/>).</summary>
    TrainerLapse = 12,

    /// <summary>R-ORG-1: support staff verified a registered company (<see cref="RegistrationDecisionFacts"/>).</summary>
    RegistrationVerified = 13,

    /// <summary>R-ORG-1: support staff rejected a registered company, with their reason (<see cref="RegistrationDecisionFacts"/>).</summary>
    RegistrationRejected = 14,

    /// <summary>Support verified a partner-held invoice line: it counts toward the KPIs (<see cref="HeldInvoiceDecisionFacts"/>).</summary>
    HeldInvoiceVerified = 15,

    /// <summary>Support refused a partner-held invoice line, with their reason (<see cref="HeldInvoiceDecisionFacts"/>).</summary>
    HeldInvoiceRefused = 16,

    /// <summary>R-LAP-3: support set up the Learning Action Pack's marketplace profile (<see cref="MarketplaceProfileFacts"/>).</summary>
    MarketplaceProfileReady = 17,
}
