using System.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Infrastructure.Persistence;

public static class PortalDbContextTransactions
{
    /// <summary>
    /// Runs work that saves more than once (e.g. a new row, then its audit entry with the new id) in one
    /// transaction, under the provider's execution strategy: all of it is committed or none of it.
    /// </summary>
    public static Task<T> InTransactionAsync<T>(this PortalDbContext db, Func<CancellationToken, Task<T>> work,
        CancellationToken cancellationToken = default) =>
        db.InTransactionAsync(work, null, cancellationToken);

    /// <summary>
    /// As above at the given isolation: <see cref="IsolationLevel.Serializable"/> where the work decides on rows it
    /// reads and another transaction may change in between (SQLite's write transactions are serial anyway).
    /// </summary>
    public static Task<T> InTransactionAsync<T>(this PortalDbContext db, Func<CancellationToken, Task<T>> work,
        IsolationLevel? isolation, CancellationToken cancellationToken = default)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = isolation is { } level
                ? await db.Database.BeginTransactionAsync(level, ct)
                : await db.Database.BeginTransactionAsync(ct);
            var result = await work(ct);
            await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken);
    }
}
