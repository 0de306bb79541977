using LearningPartner.Domain.Trainers;
using LearningPartner.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LearningPartner.UnitTests.Persistence;

/// <summary>Both providers' migrations must keep up with the model: a change without a migration fails here.</summary>
public sealed class MigrationsTests
{
    [Fact]
    public void SqliteMigrationsMatchTheModel()
    {
        using var connection = TestDatabases.OpenMigratedSqlite();
        using var db = TestDatabases.Sqlite(connection);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "Add a SQLite migration (docs/operations.md).");
    }

    [Fact]
    public void SqlServerMigrationsMatchTheModel()
    {
        using var db = TestDatabases.SqlServer();

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "Add a SQL Server migration (docs/operations.md).");
    }

    [Fact]
    public void SqlServerIdempotentScriptCanBeGeneratedOffline()
    {
        using var db = TestDatabases.SqlServer();

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("IF NOT EXISTS", script);
        Assert.Contains("CREATE TABLE [InvoiceLines]", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_InvoiceLines_PartnerId_InvoiceNumber_LineNumber]", script);
    }

    [Fact]
    public void SqliteMigrationCreatesEveryTable()
    {
        using var connection = TestDatabases.OpenMigratedSqlite();
        using var db = TestDatabases.Sqlite(connection);

        var tables = db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'").ToList();
        var expected = db.Model.GetEntityTypes().Select(t => t.GetTableName()).Where(t => t is not null).Distinct();

        Assert.All(expected, table => Assert.Contains(table, tables));
    }


    [Fact]
    public void ResourceLinksStillAtTheirDefaultEnglishTextGetTheDefaultChinese()
    {
        // ADR-019: the defaults used to be translated on the page; a link staff retitled keeps its English only.
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = TestDatabases.Sqlite(connection);
        var migrator = db.GetService<IMigrator>();
        var all = db.Database.GetMigrations().ToList();
        migrator.Migrate(all[all.FindIndex(m => m.EndsWith("_ResourceLinkChinese", StringComparison.Ordinal)) - 1]);
        db.Database.ExecuteSqlRaw("""
            INSERT INTO ResourceLinks (Kind, Title, Url, Description, Version) VALUES
            ('ProgramAnnouncements', 'Program announcements', 'https://learn.microsoft.com/partner-center/announcements/', 'Changes to the learning partner program, its requirements and its calendar.', '00000000-0000-0000-0000-000000000001'),
            ('LearningResources', 'Community calls', 'https://learn.microsoft.com/training/', 'Program documents and the recordings of the monthly community calls.', '00000000-0000-0000-0000-000000000002')
            """);

        migrator.Migrate();

        var links = db.ResourceLinks.AsNoTracking().OrderBy(l => l.Id).Select(l => new { l.TitleZh, l.DescriptionZh }).ToList();
        Assert.Equal(("计划公告", "学习合作伙伴计划、其要求及日程的变更。"), (links[0].TitleZh, links[0].DescriptionZh));
        Assert.Equal((null, "计划文档以及每月社区电话会议的录像。"), (links[1].TitleZh, links[1].DescriptionZh));
    }

    [Fact]
    public void LinesRecordedBeforeTheMonthKeyExistedGetItFromTheirInvoiceDate()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = TestDatabases.Sqlite(connection);
        var migrator = db.GetService<IMigrator>();
        var all = db.Database.GetMigrations().ToList();
        migrator.Migrate(all[all.FindIndex(m => m.EndsWith("_InvoiceMonthAndReportIndex", StringComparison.Ordinal)) - 1]);
        db.Database.ExecuteSqlRaw("""
            INSERT INTO InvoiceLines (PartnerId, InvoiceNumber, LineNumber, InvoiceDate, OmlpType, Units, Source, RecordedAt, RevenueAmount, RevenueCurrency)
            VALUES ('4100001', 'OLD-1', 1, '2025-12-31', 'MOC', 1, 'test', 0, 0, 'USD'), ('4100001', 'OLD-2', 1, '2026-01-01', 'MOC', 1, 'test', 0, 0, 'USD')
            """);

        migrator.Migrate();

        Assert.Equal([202512, 202601], db.InvoiceLines.OrderBy(l => l.InvoiceNumber).Select(l => l.InvoiceMonth).ToList());
    }

    [Fact]
    public void TrainersAndExamsRecordedBeforeVerificationExistedStayCountedAsVerified()
    {
        // R-MCT-1, ADR-016: they were entered when no verification existed and counted; the migration keeps them counting.
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = TestDatabases.Sqlite(connection);
        var migrator = db.GetService<IMigrator>();
        var all = db.Database.GetMigrations().ToList();
        migrator.Migrate(all[all.FindIndex(m => m.EndsWith("_VerifiedTrainerAndExamFacts", StringComparison.Ordinal)) - 1]);
        db.Database.ExecuteSqlRaw("""
            INSERT INTO PartnerOrganisations (Id, PartnerId, Name, CountryCode) VALUES (1, '4100001', 'Contoso', 'US');
            INSERT INTO Trainers (PartnerOrganisationId, Name, MctId, ValidUntil, Version) VALUES (1, 'Avery', 'MCT-1', '2027-06-30', X'00000000000000000000000000000001');
            INSERT INTO ExamPasses (PartnerOrganisationId, ExamCode, PersonName, PassedOn) VALUES (1, 'AZ-104', 'Avery', '2026-01-15');
            """);

        migrator.Migrate();

        var trainer = db.Trainers.AsNoTracking().Single();
        var pass = db.ExamPasses.AsNoTracking().Single();
        var migratedAt = new DateTimeOffset(2026, 12, 6, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal((FactStatus.Verified, migratedAt, "Migration"), (trainer.Review.Status, trainer.Review.VerifiedAt, trainer.Review.VerifiedBy));
        Assert.Equal((FactStatus.Verified, migratedAt, "Migration"), (pass.Review.Status, pass.Review.VerifiedAt, pass.Review.VerifiedBy));
        Assert.True(trainer.CountsOn(new DateOnly(2026, 12, 6)));
        Assert.True(pass.CountsOn(new DateOnly(2026, 12, 6)));
    }
}
