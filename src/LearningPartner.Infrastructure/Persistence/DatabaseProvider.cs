namespace LearningPartner.Infrastructure.Persistence;

public enum DatabaseProvider
{
    /// <summary>The embedded default: a file database, created and migrated at start.</summary>
    Sqlite,

    /// <summary>Production: migrations applied by a documented command (docs/operations.md).</summary>
    SqlServer,
}
