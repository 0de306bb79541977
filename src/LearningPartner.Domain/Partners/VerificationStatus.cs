namespace LearningPartner.Domain.Partners;

/// <summary>R-ORG-1: where a registered organisation stands with support staff's verification.</summary>
public enum VerificationStatus
{
    /// <summary>Verified by support staff, or an organisation that joined before sign-up existed (ADR-015).</summary>
    Verified,
    PendingVerification,
    Rejected,
}
