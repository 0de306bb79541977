using LearningPartner.Domain.Auditing;
using LearningPartner.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Infrastructure.Auditing;

/// <summary>
/// Links new audit entries into the tamper-evident chain (issue 11): inside the saving transaction it first updates the
/// chain's head row — which makes any other writer of audit entries wait until this transaction ends — then gives each
/// new entry the next sequence, the previous entry's hash and its own hash, and moves the head on. Saved or rolled back
/// together with the change the entries describe.
/// </summary>
internal static class AuditChain
{
    public static async Task SealAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        await db.AuditChainHeads.ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSequence, h => h.LastSequence), cancellationToken);
        var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(cancellationToken);
        var (sequence, hash) = Link(db, head.LastSequence, head.LastHash);
        await db.AuditChainHeads.ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSequence, sequence).SetProperty(h => h.LastHash, hash), cancellationToken);
    }

    public static void Seal(PortalDbContext db)
    {
        db.AuditChainHeads.ExecuteUpdate(s => s.SetProperty(h => h.LastSequence, h => h.LastSequence));
        var head = db.AuditChainHeads.AsNoTracking().Single();
        var (sequence, hash) = Link(db, head.LastSequence, head.LastHash);
        db.AuditChainHeads.ExecuteUpdate(s => s.SetProperty(h => h.LastSequence, sequence).SetProperty(h => h.LastHash, hash));
    }

    /// <summary>Entries written before the chain existed, linked once in the order they were written (start-up, after an upgrade).</summary>
    public static async Task<int> SealEarlierEntriesAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.AuditEntries.AnyAsync(a => a.Sequence == null, cancellationToken))
        {
            return 0;
        }

        return await db.InTransactionAsync(async ct =>
        {
            await db.AuditChainHeads.ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSequence, h => h.LastSequence), ct);
            var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(ct);
            var unsealed = await db.AuditEntries.Where(a => a.Sequence == null).OrderBy(a => a.Id).ToListAsync(ct);
            var (sequence, hash) = (head.LastSequence, head.LastHash);
            foreach (var entry in unsealed)
            {
                entry.Seal(++sequence, hash);
                hash = entry.Hash!;
            }

            await db.SaveChangesAsync(ct);
            await db.AuditChainHeads.ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSequence, sequence).SetProperty(h => h.LastHash, hash), ct);
            return unsealed.Count;
        }, cancellationToken);
    }

    private static (long Sequence, string Hash) Link(PortalDbContext db, long sequence, string hash)
    {
        foreach (var entry in db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity))
        {
            entry.Seal(++sequence, hash);
            hash = entry.Hash!;
        }

        return (sequence, hash);
    }
}
