namespace LearningPartner.Domain.Auditing;

/// <summary>
/// One recorded change: who, when, what, before → after, why. Written by the audit service in the same
/// transaction as the change it describes; never updated or deleted.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        Actor = string.Empty;
        Action = string.Empty;
        EntityType = string.Empty;
        EntityId = string.Empty;
    }

    public AuditEntry(DateTimeOffset at, string actor, string action, string entityType, string entityId,
        int? partnerOrganisationId, string? before, string? after, string? reason)
    {
        // Whole milliseconds: the hash covers the time, so it must be the time every provider stores exactly
        // (SQLite keeps a tenth of a millisecond; a real clock's ticks would not read back as hashed).
        At = at.AddTicks(-(at.Ticks % TimeSpan.TicksPerMillisecond));
        Actor = actor;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        PartnerOrganisationId = partnerOrganisationId;
        Before = before;
        After = after;
        Reason = reason;
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The signed-in user's object id and name, or "system" for start-up work.</summary>
    public string Actor { get; private set; }

    public string Action { get; private set; }

    public string EntityType { get; private set; }

    public string EntityId { get; private set; }

    public int? PartnerOrganisationId { get; private set; }

    /// <summary>JSON of the changed values before the change (null when created).</summary>
    public string? Before { get; private set; }

    /// <summary>JSON of the changed values after the change (null when removed).</summary>
    public string? After { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>The entry's place in the tamper-evident chain (1, 2, …); null only for an entry not sealed yet.</summary>
    public long? Sequence { get; private set; }

    /// <summary>The hash of the entry before it in the chain (<see cref="GenesisHash"/> for the first).</summary>
    public string? PreviousHash { get; private set; }

    /// <summary>SHA-256 of this entry's content and <see cref="PreviousHash"/>: editing any entry breaks the chain from it on.</summary>
    public string? Hash { get; private set; }

    /// <summary>What the first entry of the chain follows.</summary>
    public static readonly string GenesisHash = new('0', 64);

    /// <summary>Links the entry into the chain after the entry whose hash is <paramref name="previousHash"/>; once.</summary>
    public void Seal(long sequence, string previousHash)
    {
        if (Sequence is not null)
        {
            throw new InvalidOperationException("An audit entry is sealed once.");
        }

        Sequence = sequence;
        PreviousHash = previousHash;
        Hash = ComputeHash();
    }

    /// <summary>
    /// The hash the entry's recorded content gives: SHA-256 over every field and the previous hash, each written out
    /// unambiguously (a JSON array), so no two different entries can share one.
    /// </summary>
    public string ComputeHash()
    {
        var content = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new object?[]
        {
            Sequence, PreviousHash, At.UtcTicks, Actor, Action, EntityType, EntityId, PartnerOrganisationId, Before, After, Reason,
        });
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
    }
}
