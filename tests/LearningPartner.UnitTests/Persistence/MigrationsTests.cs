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

}
