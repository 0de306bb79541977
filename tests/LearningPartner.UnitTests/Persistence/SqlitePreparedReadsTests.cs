using LearningPartner.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;

namespace LearningPartner.UnitTests.Persistence;

/// <summary>
/// Issue 12: statements kept prepared on open connections must behave like fresh reads — each read sees what was
/// committed before it, and an idle prepared read holds no lock a writer or a checkpoint would wait for.
/// </summary>
public sealed class SqlitePreparedReadsTests : IDisposable
{
    private const string Select = "SELECT \"Value\" FROM \"Settings\" WHERE \"Key\" = $p0";

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"prepared-reads-{Guid.NewGuid():N}.db");
    private readonly string _connectionString;
    private readonly SqlitePreparedReads _reads = new();

    public SqlitePreparedReadsTests()
    {
        _connectionString = $"Data Source={_path}";
        Execute("PRAGMA journal_mode=WAL; CREATE TABLE \"Settings\" (\"Key\" TEXT PRIMARY KEY, \"Value\" TEXT NOT NULL); INSERT INTO \"Settings\" VALUES ('a', 'one');");
    }

    [Fact]
    public void EachReadSeesWhatWasCommittedBeforeIt()
    {
        Assert.Equal("one", Read("a"));

        Execute("UPDATE \"Settings\" SET \"Value\" = 'two' WHERE \"Key\" = 'a'");

        Assert.Equal("two", Read("a"));
        Assert.Null(Read("b"));
    }

    [Fact]
    public void AnIdlePreparedReadHoldsNoLock()
    {
        Assert.Equal("one", Read("a"));

        // A write transaction starts at once, and a full checkpoint finds no reader holding an old snapshot.
        using var connection = new SqliteConnection($"{_connectionString};Pooling=False;Default Timeout=1");
        connection.Open();
        using (var transaction = connection.BeginTransaction(deferred: false))
        {
            using var update = connection.CreateCommand();
            update.CommandText = "UPDATE \"Settings\" SET \"Value\" = 'three'";
            update.ExecuteNonQuery();
            transaction.Commit();
        }

        using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        using var result = checkpoint.ExecuteReader();
        Assert.True(result.Read());
        Assert.Equal(0L, result.GetInt64(0)); // 0: not blocked by a reader
        Assert.Equal("three", Read("a"));
    }

    [Theory]
    [InlineData("Data Source=:memory:", false)]
    [InlineData("Data Source=shared;Mode=Memory;Cache=Shared", false)]
    [InlineData("Data Source=App_Data/learning-partner.db", true)]
    public void OnlyFileDatabasesAreReadThisWay(string connectionString, bool supported) =>
        Assert.Equal(supported, SqlitePreparedReads.Supports(connectionString));

    public void Dispose()
    {
        _reads.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }

    private string? Read(string key) =>
        _reads.Read(_connectionString, Select, reader => reader.Read() ? reader.GetString(0) : null, key);

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"{_connectionString};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
