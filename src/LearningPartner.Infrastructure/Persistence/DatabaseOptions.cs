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

    public bool ShouldMigrateOnStartup => MigrateOnStartup ?? Provider == DatabaseProvider.Sqlite;
}
