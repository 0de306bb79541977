using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LearningPartner.SqlServerTests.Queries;

/// <summary>
/// Stands in for a SQL Server that is not there: connections "open" without a network, transactions begin on nothing, and
/// every command is kept (text and parameters) and answered with no rows, so the provider renders exactly what it would send.
/// </summary>
public sealed class CommandCapture : DbCommandInterceptor, IDbConnectionInterceptor
{
    private readonly ConcurrentQueue<SentCommand> _commands = new();

    public IReadOnlyList<SentCommand> Commands => [.. _commands];

    public void Clear() => _commands.Clear();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Keep(command);
        return InterceptionResult<DbDataReader>.SuppressWithResult(new DataTable().CreateDataReader());
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(ReaderExecuting(command, eventData, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Keep(command);
        return InterceptionResult<object>.SuppressWithResult(DBNull.Value);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(ScalarExecuting(command, eventData, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Keep(command);
        return InterceptionResult<int>.SuppressWithResult(0);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(NonQueryExecuting(command, eventData, result));

    public InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        InterceptionResult.Suppress();

    public ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result,
        CancellationToken cancellationToken = default) => ValueTask.FromResult(InterceptionResult.Suppress());

    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        InterceptionResult.Suppress();

    public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(InterceptionResult.Suppress());

    private void Keep(DbCommand command) =>
        _commands.Enqueue(new SentCommand(command.CommandText, command.Parameters.Cast<SqlParameter>().Select(Declare).ToList()));

    /// <summary>The parameter as a procedure would declare it, from the type the provider gave it.</summary>
    private static SentParameter Declare(SqlParameter parameter)
    {
        var type = parameter.SqlDbType switch
        {
            SqlDbType.NVarChar or SqlDbType.VarChar or SqlDbType.NChar or SqlDbType.Char or SqlDbType.VarBinary or SqlDbType.Binary =>
                $"{parameter.SqlDbType.ToString().ToLowerInvariant()}({(parameter.Size is > 0 and <= 8000 ? parameter.Size : "max")})",
            SqlDbType.Decimal => $"decimal({(parameter.Precision > 0 ? parameter.Precision : 18)}, {parameter.Scale})",
            SqlDbType.DateTime2 or SqlDbType.DateTimeOffset or SqlDbType.Time => $"{parameter.SqlDbType.ToString().ToLowerInvariant()}({(parameter.Scale > 0 ? parameter.Scale : 7)})",
            _ => parameter.SqlDbType.ToString().ToLowerInvariant(),
        };
        return new SentParameter(parameter.ParameterName.StartsWith('@') ? parameter.ParameterName : "@" + parameter.ParameterName, type);
    }
}
