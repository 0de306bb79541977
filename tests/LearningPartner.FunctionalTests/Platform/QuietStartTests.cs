using LearningPartner.FunctionalTests.Support;
using LearningPartner.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Serilog.Events;

namespace LearningPartner.FunctionalTests.Platform;

/// <summary>
/// Issue 20, item 9: the first start on a fresh clone logged EF's warning that a SQLite migration "cannot be executed in a
/// transaction … partially applied state", which a new user cannot act on. A new database is now migrated quietly; a database
/// with data is copied before its migrations, and the log says where the copy is and what to do with it.
/// </summary>
public sealed class QuietStartTests
{
    private const string LastMigrationBeforeSessions = "20261126151448_PartnerDataVersion";

    [Fact]
    public void AFirstStartOnANewDatabaseLogsNoMigrationWarning()
    {
        var logs = new LogCapture();
        using var factory = new PortalFactory().WithSetting("Serilog:MinimumLevel:Default", "Information").CapturingLogs(logs);

        using var client = factory.CreatePortalClient();

        Assert.DoesNotContain(logs.Events, e => e.Level >= LogEventLevel.Warning && e.MessageTemplate.Text.Contains("migration", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(factory.DatabasePath)!, Path.GetFileName(factory.DatabasePath) + ".before-*"));
    }

    [Fact]
    public void ADatabaseWithDataIsCopiedBeforeItsMigrationsAndTheLogSaysWhereTheCopyIs()
    {
        var logs = new LogCapture();
        using var factory = new PortalFactory().WithSetting("Serilog:MinimumLevel:Default", "Information").CapturingLogs(logs);
        MigrateTo(factory.DatabasePath, LastMigrationBeforeSessions);

        using var client = factory.CreatePortalClient();

        var copy = Assert.Single(Directory.GetFiles(Path.GetDirectoryName(factory.DatabasePath)!, Path.GetFileName(factory.DatabasePath) + ".before-*"));
        try
        {
            Assert.Matches(@"\.db\.before-\d{14}_\w+\.bak$", copy); // named after the last migration it precedes
            var line = Assert.Single(logs.Lines(), l => l.StartsWith("Applying ", StringComparison.Ordinal));
            Assert.Contains($"A copy of the database as it was is at \"{copy}\"", line);
            Assert.DoesNotContain(logs.Events, e => e.Level >= LogEventLevel.Warning && e.MessageTemplate.Text.Contains("migration", StringComparison.OrdinalIgnoreCase));
            using var copied = new SqliteConnection($"Data Source={copy};Mode=ReadOnly");
            copied.Open();
            using var command = copied.CreateCommand();
            command.CommandText = """SELECT "MigrationId" FROM "__EFMigrationsHistory" ORDER BY "MigrationId" DESC LIMIT 1""";
            Assert.Equal(LastMigrationBeforeSessions, command.ExecuteScalar()); // the database as it was before the upgrade
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(copy);
        }
    }

    private static void MigrateTo(string path, string migration)
    {
        using var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>()
            .UseSqlite($"Data Source={path}", o => o.MigrationsAssembly(PersistenceServiceCollectionExtensions.SqliteMigrationsAssembly)).Options);
        db.GetService<IMigrator>().Migrate(migration);
        // A row in that migration's own columns: today's model has more (ResourceLinkChinese), which the old table lacks.
        db.Database.ExecuteSqlRaw("""
            INSERT INTO "ResourceLinks" ("Kind", "Title", "Url", "Description", "Version")
            VALUES ('EnrollmentGuide', 'Enrollment guide', 'https://learn.microsoft.com/', NULL, '6f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b')
            """);
    }
}
