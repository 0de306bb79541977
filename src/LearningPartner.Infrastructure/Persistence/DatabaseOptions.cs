namespace LearningPartner.Infrastructure.Persistence;

/// <summary>Section "Database" of the configuration.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply migrations at start. Default: on for SQLite, off for SQL Server (DBAs run them).</summary>
    public bool? MigrateOnStartup { get; set; }

    /// <summary>Seed the demo world into an empty database. Default: on in Development.</summary>
    public bool? SeedDemoData { get; set; }

    /// <summary>
    /// Create the SQLite file when it does not exist at start-up. Default: on in Development only; elsewhere a missing file
    /// stops the start (issue 20), unless this asks for a new database.
    /// </summary>
    public bool? CreateIfMissing { get; set; }

    public bool ShouldMigrateOnStartup => MigrateOnStartup ?? Provider == DatabaseProvider.Sqlite;
}
