using LearningPartner.Domain.Resources;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.Infrastructure.Seeding;
using LearningPartner.Infrastructure.Storage;
using LearningPartner.Infrastructure.Time;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace LearningPartner.UnitTests.Persistence;

/// <summary>
/// Issue 12, several instances starting together on an empty database: another instance may write the start-up rows
/// between this one's check and its insert. This one is then refused by the unique key, and starts anyway with the
/// rows the other wrote.
/// </summary>
public sealed class DatabaseInitializerTests
{
    [Fact]
    public async Task ResourceLinksAnotherInstanceWroteFirstAreKeptAndTheStartGoesOn()
    {
        using var connection = TestDatabases.OpenMigratedSqlite();
        var rival = new RivalWritesTheLinksFirst(connection);
        await using var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>()
            .UseSqlite(connection, o => o.MigrationsAssembly(PersistenceServiceCollectionExtensions.SqliteMigrationsAssembly))
            .AddInterceptors(rival)
            .Options);
        var catalogs = new RuleSetCatalogProvider();

        await Initializer(db, catalogs).InitializeAsync(seedDemoData: false);

        Assert.True(rival.Wrote);
        await using var check = TestDatabases.Sqlite(connection);
        var stored = await check.ResourceLinks.Select(l => l.Kind).ToListAsync();
        Assert.Equal(ResourceLinkDefaults.Create().Select(l => l.Kind).Order(), stored.Order()); // each once: the rival's
        Assert.NotEmpty(catalogs.Catalog.All); // the start went on past the refused insert
    }

    private static DatabaseInitializer Initializer(PortalDbContext db, RuleSetCatalogProvider catalogs)
    {
        var clock = new ProgramClock(new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero)), Options.Create(new ProgramOptions()));
        var environment = Mock.Of<IHostEnvironment>(e => e.ContentRootPath == Path.GetTempPath());
        return new DatabaseInitializer(db, Options.Create(new DatabaseOptions { MigrateOnStartup = false }), clock,
            new RuleSetLoader(db, clock, NullLogger<RuleSetLoader>.Instance), catalogs,
            new DocumentStore(Options.Create(new StorageOptions()), environment), NullLogger<DatabaseInitializer>.Instance);
    }

    /// <summary>The other instance: it saves the same links just before this one's insert reaches the database.</summary>
    private sealed class RivalWritesTheLinksFirst(SqliteConnection connection) : SaveChangesInterceptor
    {
        public bool Wrote { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            if (!Wrote && eventData.Context!.ChangeTracker.Entries<ResourceLink>().Any(e => e.State == EntityState.Added))
            {
                Wrote = true;
                await using var other = TestDatabases.Sqlite(connection);
                other.ResourceLinks.AddRange(ResourceLinkDefaults.Create());
                await other.SaveChangesAsync(cancellationToken);
            }

            return result;
        }
    }
}
