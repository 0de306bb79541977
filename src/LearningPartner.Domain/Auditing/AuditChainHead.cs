namespace LearningPartner.Domain.Auditing;

/// <summary>
/// The end of the audit chain: the last entry's sequence and hash. One row; updating it first serialises writers of
/// audit entries, and it tells when entries were removed from the end of the chain.
/// </summary>
public sealed class AuditChainHead
{
    public const int SingleId = 1;

    public int Id { get; private set; } = SingleId;

    public long LastSequence { get; private set; }

    public string LastHash { get; private set; } = AuditEntry.GenesisHash;
}
