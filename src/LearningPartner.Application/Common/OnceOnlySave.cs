using LearningPartner.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.Common;

/// <summary>
/// How a scheduled run records a one-time thing (a reminder and its notice, a notice under its once-only key): one SaveChanges,
/// one transaction, decided by the database's unique index — of several instances or runs, one saves it.
/// </summary>
internal static class OnceOnlySave
{
    /// <summary>True when this run recorded it; false when another had (its notice is the one emailed), with nothing left tracked.</summary>
    public static async Task<bool> SaveOnceAsync(this PortalDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
