using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Infrastructure.Persistence;

public static class PortalDbContextTransactions
{
    /// <summary>
    /// Runs work that saves more than once (e.g. a new row, then its audit entry with the new id) in one
    /// transaction, under the provider's execution strategy: all of it is committed or none of it.
    /// </summary>
    public static Task<T> InTransactionAsync<T>(this PortalDbContext db, Func<CancellationToken, Task<T>> work,
        CancellationToken cancellationToken = default)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await work(ct);
            await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken);
    }
}
