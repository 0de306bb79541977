namespace LearningPartner.Domain.Partners;

/// <summary>What keeps an organisation from ordering (R-ORG-1); <see cref="None"/> when nothing does.</summary>
public enum OrderingBlock
{
    None,
    PendingVerification,
    Rejected,
    AgreementNotAccepted,
}

/// <summary>R-ORG-1: a registered company cannot order until support staff verified it, nor before its agreement is current.</summary>
public static class OrderingRules
{
    public static OrderingBlock Check(VerificationStatus status, bool mustAcceptAgreement) => status switch
    {
        VerificationStatus.PendingVerification => OrderingBlock.PendingVerification,
        VerificationStatus.Rejected => OrderingBlock.Rejected,
        _ when mustAcceptAgreement => OrderingBlock.AgreementNotAccepted,
        _ => OrderingBlock.None,
    };

    public static bool MayOrder(VerificationStatus status, bool mustAcceptAgreement) =>
        Check(status, mustAcceptAgreement) == OrderingBlock.None;
}
