using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.Infrastructure.Seeding;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LearningPartner.Infrastructure.Persistence;

/// <summary>
/// Start-up work on the database: migrations where configured (SQLite by default), WAL mode on SQLite,
/// the program's resource links, the demo world when asked for, and the program-year rule sets (R-PRG-1),
/// which also fix the KPI value of every line that has none yet (R-KPI-2).
/// </summary>
public sealed class DatabaseInitializer(
    PortalDbContext db,
    IOptions<DatabaseOptions> options,
    ProgramClock clock,
    RuleSetLoader ruleSetLoader,
    RuleSetCatalogProvider catalogProvider,
    Storage.DocumentStore documents,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(bool seedDemoData, CancellationToken cancellationToken = default)
    {
        if (options.Value.ShouldMigrateOnStartup)
        {
            await MigrateAsync(cancellationToken);
        }

        if (db.Database.IsSqlite())
        {
            // EF sets WAL only when it creates the file; concurrent writers need it on every start.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        if (!await db.ResourceLinks.AnyAsync(cancellationToken))
        {
            await FirstInstanceWinsAsync("the resource links", async () =>
            {
                db.ResourceLinks.AddRange(ResourceLinkDefaults.Create());
                await db.SaveChangesAsync(cancellationToken);
                return true;
            });
        }

        if (seedDemoData && await FirstInstanceWinsAsync("the demo world",
                () => new DemoDataSeeder(db, documents).SeedIfEmptyAsync(clock.Today, clock.Now, cancellationToken)))
        {
            logger.LogInformation("Seeded the demo world as of {Today}", clock.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        catalogProvider.Set(await ruleSetLoader.LoadAsync(ShippedRuleSets.ReadAll(), cancellationToken));

        if (await Auditing.AuditChain.SealEarlierEntriesAsync(db, cancellationToken) is > 0 and var sealedCount)
        {
            logger.LogInformation("Linked {Count} audit entries written before the tamper-evident chain into it", sealedCount);
        }
    }

    /// <summary>
    /// Applies pending migrations. Some SQLite migrations rebuild a table, which SQLite cannot do inside the migration's
    /// transaction (EF warns that an interruption would leave it "partially applied"). So before migrating a database that
    /// holds data, a copy of it is taken with SQLite's online backup, and the log says where it is: an interrupted upgrade is
    /// undone by putting the copy back (issue 20). A new database has nothing to lose and is migrated without a copy or a word.
    /// </summary>
    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        if (db.Database.IsSqlite() && (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any()
            && db.Database.GetDbConnection() is Microsoft.Data.Sqlite.SqliteConnection connection
            && DatabaseFile.PathOf(connection.ConnectionString) is { } path)
        {
            var copy = $"{path}.before-{pending[^1]}.bak";
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                using var backup = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={copy}");
                connection.BackupDatabase(backup);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }

            logger.LogInformation(
                "Applying {Count} database migrations ({Migrations}). A copy of the database as it was is at {Copy}: if this start is "
                + "interrupted, stop the portal, put the copy back in place of {Path} and start again",
                pending.Count, string.Join(", ", pending), copy, path);
        }

        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>
    /// Several instances may start together on an empty database and all find it empty. The first insert wins; the others
    /// are refused by the unique keys (a resource link's kind, an organisation's partner id) before they wrote anything,
    /// and carry on with what the first one wrote.
    /// </summary>
    private async Task<bool> FirstInstanceWinsAsync(string what, Func<Task<bool>> seed)
    {
        try
        {
            return await seed();
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            logger.LogInformation("Another instance wrote {What} first", what);
            return false;
        }
    }
}
