using LearningPartner.Domain.Auditing;
using LearningPartner.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Infrastructure.Auditing;

/// <summary>What a verification of the audit chain found: how many entries hold, and the first broken link if any.</summary>
public sealed record AuditChainReport(long VerifiedEntries, long HeadSequence, long? BrokenSequence, long? BrokenEntryId, string? Problem)
{
    public bool IsIntact => Problem is null;
}

/// <summary>
/// Walks the audit chain in order and recomputes every hash (issue 11): an entry edited by hand, removed, inserted, or cut
/// from the end is found, and the first broken link is named.
/// </summary>
public sealed class AuditChainVerifier(PortalDbContext db)
{
    public async Task<AuditChainReport> VerifyAsync(CancellationToken cancellationToken)
    {
        var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(cancellationToken);
        var expected = 1L;
        var previous = AuditEntry.GenesisHash;
        await foreach (var entry in db.AuditEntries.AsNoTracking().Where(a => a.Sequence != null).OrderBy(a => a.Sequence)
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var problem = entry.Sequence != expected
                ? $"Entry {expected} is missing: the chain goes from entry {expected - 1} to entry {entry.Sequence}."
                : entry.PreviousHash != previous
                    ? $"Entry {entry.Sequence} does not follow entry {expected - 1}: an entry was changed, removed or inserted before it."
                    : entry.ComputeHash() != entry.Hash
                        ? $"Entry {entry.Sequence} was changed after it was written: its content no longer gives its hash."
                        : null;
            if (problem is not null)
            {
                // A missing entry is the broken link itself; otherwise the entry found at its place.
                return new AuditChainReport(expected - 1, head.LastSequence, Math.Min(expected, entry.Sequence!.Value), entry.Id, problem);
            }

            previous = entry.Hash!;
            expected++;
        }

        var verified = expected - 1;
        if (verified != head.LastSequence || previous != head.LastHash)
        {
            return new AuditChainReport(verified, head.LastSequence, verified + 1, null,
                $"The chain ends at entry {verified}, but entries up to {head.LastSequence} were written: the last ones were removed.");
        }

        var outside = await db.AuditEntries.AsNoTracking().Where(a => a.Sequence == null).OrderBy(a => a.Id).Select(a => (long?)a.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return outside is null
            ? new AuditChainReport(verified, head.LastSequence, null, null, null)
            : new AuditChainReport(verified, head.LastSequence, null, outside, $"Entry id {outside} is not in the chain: it was inserted by hand.");
    }
}
