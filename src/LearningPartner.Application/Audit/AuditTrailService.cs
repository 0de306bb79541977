using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.Audit;

/// <summary>The audit trail for staff (issue 11, ADR-009): the latest entries, and a verification of the whole tamper-evident chain.</summary>
public sealed class AuditTrailService(PortalDbContext db, AuditChainVerifier verifier)
{
    private const int Shown = 100;

    /// <param name="verify">Recompute every hash of the chain and name the first broken link.</param>
    public async Task<AuditPage> GetAsync(bool verify, CancellationToken cancellationToken)
    {
        var report = verify ? await verifier.VerifyAsync(cancellationToken) : null;
        var entries = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).Take(Shown)
            .Select(a => new AuditRow(a.Id, a.Sequence, a.At, a.Actor, a.Action, a.EntityType, a.EntityId, a.PartnerOrganisationId, a.Before, a.After,
                a.Reason, a.Hash))
            .ToListAsync(cancellationToken);
        var head = await db.AuditChainHeads.AsNoTracking().Select(h => h.LastSequence).SingleAsync(cancellationToken);
        return new AuditPage(entries, head, report);
    }
}
