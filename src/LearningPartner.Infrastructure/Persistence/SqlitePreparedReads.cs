using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace LearningPartner.Infrastructure.Persistence;

/// <summary>
/// Reads that run on (nearly) every request, on the embedded SQLite database, through statements prepared once on a few
/// connections kept open (issue 12). Opening a pooled connection, parsing the SQL and closing again cost more than the
/// indexed read itself: measured on the load benchmark, the signed-in layout page went from 42 % to 58 % of the anonymous
/// one. An idle connection holds no lock (each read's statement is reset when its reader is disposed), so writers and
/// checkpoints are not held up. SQL Server caches plans itself; there the callers use EF Core's compiled queries.
/// </summary>
public sealed class SqlitePreparedReads : IDisposable
{
    private readonly ConcurrentDictionary<(string ConnectionString, string Sql), ConcurrentQueue<SqliteCommand>> _idle = new();
    private readonly ConcurrentDictionary<string, bool> _supported = new(StringComparer.Ordinal);
    private volatile bool _disposed;

    // A queue, not a bag: a request often returns its command on another thread than the one that took it, and a bag
    // then steals from another thread's list under a lock (measured: 7 % of the dashboard's CPU in lock contention).

    /// <summary>
    /// True when reads can go through here: a file database. An in-memory one lives only in the connection that made it.
    /// </summary>
    public static bool Supports(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return false;
        }

        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.DataSource is not (":memory:" or "") && builder.Mode != SqliteOpenMode.Memory;
    }

    /// <summary><see cref="Supports"/>, the connection string parsed once rather than on every request.</summary>
    public bool CanRead(string? connectionString) =>
        connectionString is not null && _supported.GetOrAdd(connectionString, Supports);

    /// <summary>Runs the statement with its parameters ($p0, $p1 … in order) and hands the reader to <paramref name="read"/>.</summary>
    public T Read<T>(string connectionString, string sql, Func<SqliteDataReader, T> read, params object[] values)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var idle = _idle.GetOrAdd((connectionString, sql), _ => new ConcurrentQueue<SqliteCommand>());
        var command = idle.TryDequeue(out var prepared) ? prepared : Prepare(connectionString, sql, values.Length);
        var healthy = false;
        try
        {
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i];
            }

            T result;
            using (var reader = command.ExecuteReader())
            {
                result = read(reader);
            }

            healthy = true;
            return result;
        }
        finally
        {
            if (healthy && !_disposed)
            {
                idle.Enqueue(command);
            }
            else
            {
                Close(command);
            }
        }
    }

    public void Dispose()
    {
        _disposed = true;
        foreach (var command in _idle.Values.SelectMany(bag => bag))
        {
            Close(command);
        }

        _idle.Clear();
    }

    private static SqliteCommand Prepare(string connectionString, string sql, int parameterCount)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameterCount; i++)
        {
            command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        }

        command.Prepare();
        return command;
    }

    private static void Close(SqliteCommand command)
    {
        var connection = command.Connection;
        command.Dispose();
        connection?.Dispose();
    }
}
