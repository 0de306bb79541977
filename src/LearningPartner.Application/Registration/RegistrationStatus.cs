using LearningPartner.Domain.Partners;

namespace LearningPartner.Application.Registration;

/// <summary>
/// R-ORG-1: what a partner's pages say about its registration — pending, rejected (with staff's reason) — and whether a
/// partner admin must accept the program agreement's current version before ordering.
/// </summary>
public sealed record RegistrationStatus(VerificationStatus Verification, string? RejectionReason, string AgreementVersion, bool MustAcceptAgreement)
{
    /// <summary>R-ORG-1: the first thing that keeps the partner from ordering, or null when it may order.</summary>
    public Common.Refusal? OrderingRefusal => OrderingRules.Check(Verification, MustAcceptAgreement) switch
    {
        OrderingBlock.PendingVerification => Common.Refusal.Of(Common.RefusalCode.PartnerPendingVerification),
        OrderingBlock.Rejected => Common.Refusal.Of(Common.RefusalCode.PartnerRegistrationRejected, RejectionReason ?? string.Empty),
        OrderingBlock.AgreementNotAccepted => Common.Refusal.Of(Common.RefusalCode.AgreementNotAccepted, AgreementVersion),
        _ => null,
    };
}
