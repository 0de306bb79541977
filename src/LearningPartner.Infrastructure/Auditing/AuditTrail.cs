using System.Text.Json;
using LearningPartner.Domain.Auditing;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Time;

namespace LearningPartner.Infrastructure.Auditing;

/// <summary>
/// The one service every state change writes its audit entry through. It only adds the entry to the
/// DbContext, so the entry is saved by the same SaveChanges — the same transaction — as the change.
/// </summary>
public sealed class AuditTrail(PortalDbContext db, ICurrentActor actor, ProgramClock clock)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public AuditEntry Record(string action, string entityType, string entityId, int? partnerOrganisationId,
        object? before, object? after, string? reason = null)
    {
        var entry = new AuditEntry(clock.Now, actor.Describe(), action, entityType, entityId, partnerOrganisationId,
            Serialize(before), Serialize(after), reason);
        db.AuditEntries.Add(entry);
        return entry;
    }

    private static string? Serialize(object? value) => value is null ? null : JsonSerializer.Serialize(value, Json);
}
