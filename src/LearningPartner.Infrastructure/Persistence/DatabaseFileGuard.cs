using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LearningPartner.Infrastructure.Persistence;

/// <summary>
/// Checks <see cref="DatabaseFile"/> before every command and again after every save, write and commit, so that a write is
/// never reported done when the file it went into is no longer the portal's database (issue 20). Reads rely on a look at the
/// file at most <see cref="DatabaseFile.RecheckMilliseconds"/> old; saves, writes and commits look afresh.
/// </summary>
internal sealed class DatabaseFileGuard(DatabaseFile file) : DbCommandInterceptor, ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        file.ThrowIfLostRecently();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        file.ThrowIfLostRecently();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        file.ThrowIfLost();
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        file.ThrowIfLost();
        return ValueTask.FromResult(result);
    }

    // A bulk write (ExecuteUpdate, ExecuteDelete, raw SQL) has no save around it: looked at again once it ran.
    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        file.ThrowIfLost();
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        file.ThrowIfLost();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        file.ThrowIfLostRecently();
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        file.ThrowIfLostRecently();
        return ValueTask.FromResult(result);
    }

    // Checked as a save begins too: a failure inside the save's commands reaches the caller wrapped as a DbUpdateException,
    // which the use cases read as a refused duplicate.
    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        file.ThrowIfLost();
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        file.ThrowIfLost();
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        file.ThrowIfLost();
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        file.ThrowIfLost();
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => file.ThrowIfLost();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        file.ThrowIfLost();
        return Task.CompletedTask;
    }
}
