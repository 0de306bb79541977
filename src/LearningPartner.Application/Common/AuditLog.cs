using LearningPartner.Infrastructure.Auditing;

namespace LearningPartner.Application.Common;

/// <summary>
/// The one way a use case writes its audit entry: what happened (<see cref="AuditAction"/>), to which row
/// (<see cref="AuditSubject"/>), the values before → after — one typed record for both sides, null when the row was
/// created or removed — and why. The entry joins the change's own SaveChanges, so both commit or neither
/// (<see cref="AuditTrail"/>, sealed into the hash chain of ADR-009).
/// </summary>
public sealed class AuditLog(AuditTrail trail)
{
    public void Record<TValues>(AuditAction action, AuditSubject subject, TValues? before, TValues? after, string? why = null)
        where TValues : class =>
        trail.Record(action.ToString(), subject.Type, subject.Id, subject.OrganisationId, before, after, why);
}
