using LearningPartner.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.UnitTests.Persistence;

internal static class TestDatabases
{
    /// <summary>A migrated in-memory SQLite database that lives as long as the returned connection.</summary>
    public static SqliteConnection OpenMigratedSqlite()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = Sqlite(connection);
        db.Database.Migrate();
        return connection;
    }

    public static PortalDbContext Sqlite(SqliteConnection connection) =>
        new(new DbContextOptionsBuilder<PortalDbContext>()
            .UseSqlite(connection, o => o.MigrationsAssembly(PersistenceServiceCollectionExtensions.SqliteMigrationsAssembly))
            .Options);

    /// <summary>SQL Server options need no server for model and migration checks.</summary>
    public static PortalDbContext SqlServer() =>
        new(PersistenceServiceCollectionExtensions.UseSqlServer(new DbContextOptionsBuilder<PortalDbContext>(),
            "Server=unreachable.invalid;Database=LearningPartner;Trusted_Connection=True;TrustServerCertificate=True").Options
            is DbContextOptions<PortalDbContext> options ? options : throw new InvalidOperationException());
}
