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
        At = at;
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
}
