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
            await db.Database.MigrateAsync(cancellationToken);
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
