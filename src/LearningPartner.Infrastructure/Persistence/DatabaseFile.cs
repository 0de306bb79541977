using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace LearningPartner.Infrastructure.Persistence;

/// <summary>
/// The embedded SQLite database as a file that must stay the one the portal started on (issue 20). SQLite keeps writing to
/// a file removed under a running instance — into the removed copy, lost at the next restart — and a connection opened
/// afterwards would find a new, empty file in its place. So the portal holds the file it started on open, and every request,
/// every command and every commit first checks that the configured path still names that very file; when it does not, the
/// request fails and the health check reports unhealthy. Runtime connections never create a file (Mode=ReadWrite): only the
/// start-up does, when it is allowed to (<see cref="DatabaseOptions.CreateIfMissing"/>). On SQL Server this checks nothing.
/// </summary>
public sealed class DatabaseFile(string? path, ILogger<DatabaseFile> logger) : IDisposable
{
    private FileStream? _held;
    private string? _heldLink;
    private int _reported;
    private long _checkedAt = long.MinValue / 2;
    private volatile bool _lastIntact = true;

    /// <summary>How long a request or a read relies on the last look at the file.</summary>
    public const int RecheckMilliseconds = 200;

    /// <summary>The SQLite file's full path, or null when the database is not a local file (SQL Server, in memory).</summary>
    public string? Path { get; } = path;

    /// <summary>The file from <paramref name="connectionString"/>, or none for an in-memory database.</summary>
    public static string? PathOf(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.DataSource is ":memory:" or "" || builder.Mode == SqliteOpenMode.Memory ? null : builder.DataSource;
    }

    public bool Exists => Path is null || File.Exists(Path);

    /// <summary>Creates an empty database file (only at start-up, when allowed).</summary>
    public void Create()
    {
        if (Path is not null)
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadWriteCreate }.ToString());
            connection.Open();
        }
    }

    /// <summary>From now on, the file at <see cref="Path"/> must stay this one (called once the start-up migrated it).</summary>
    public void Hold()
    {
        if (Path is null || _held is not null)
        {
            return;
        }

        _held = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        // On Linux the kernel names an open file's current path; a removed file is named "… (deleted)". Elsewhere an open
        // database file cannot be removed or replaced in the first place, and its presence is what is checked.
        if (OperatingSystem.IsLinux())
        {
            _heldLink = $"/proc/self/fd/{_held.SafeFileHandle.DangerousGetHandle()}";
        }
    }

    /// <summary>False when the file the portal started on was removed, moved away or replaced by another one.</summary>
    public bool IsIntact
    {
        get
        {
            if (Path is null || _held is null)
            {
                return true;
            }

            var intact = File.Exists(Path) && (_heldLink is null || new FileInfo(_heldLink).LinkTarget == Path);
            if (!intact && Interlocked.Exchange(ref _reported, 1) == 0)
            {
                logger.LogCritical(
                    "The database file {Path} was removed or replaced while the portal was running. Every request is refused so that no "
                    + "write is confirmed into a file that is gone. Restore the file (from its backup) and restart the portal; see docs/operations.md.",
                    Path);
            }

            return intact;
        }
    }

    /// <summary>
    /// <see cref="IsIntact"/> as found at most <see cref="RecheckMilliseconds"/> ago: for requests and reads, which would
    /// otherwise pay two system calls each (about 9 % of an anonymous page's throughput, measured with bench/compare.sh).
    /// Writes always look afresh (<see cref="ThrowIfLost"/>).
    /// </summary>
    public bool WasIntactRecently
    {
        get
        {
            var now = Environment.TickCount64;
            if (now - Volatile.Read(ref _checkedAt) < RecheckMilliseconds && _lastIntact)
            {
                return true;
            }

            _lastIntact = IsIntact;
            Volatile.Write(ref _checkedAt, now);
            return _lastIntact;
        }
    }

    /// <summary>Throws when the database file is not the one the portal started on, looking afresh (before and after writes).</summary>
    public void ThrowIfLost()
    {
        if (!IsIntact)
        {
            throw new DatabaseFileLostException(Path!);
        }
    }

    /// <summary>Throws when <see cref="WasIntactRecently"/> is false (before reads).</summary>
    public void ThrowIfLostRecently()
    {
        if (!WasIntactRecently)
        {
            throw new DatabaseFileLostException(Path!);
        }
    }

    public void Dispose() => _held?.Dispose();
}
