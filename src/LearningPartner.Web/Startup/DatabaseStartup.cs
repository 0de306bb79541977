using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LearningPartner.Web.Startup;

internal static class DatabaseStartup
{
    /// <summary>
    /// Migrates (SQLite by default) and seeds the demo world in Development unless configured otherwise. A missing SQLite file
    /// is created only in Development or when Database:CreateIfMissing asks for it (issue 20); the file the portal started on
    /// is then held, and requests are refused if it is removed or replaced.
    /// </summary>
    public static async Task InitializePortalDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var file = app.Services.GetRequiredService<DatabaseFile>();
        if (!file.Exists)
        {
            if (!(options.CreateIfMissing ?? app.Environment.IsDevelopment()))
            {
                throw new InvalidOperationException(
                    $"The database file {file.Path} does not exist. Outside Development the portal never starts on a new, empty database "
                    + "by itself: a missing file usually means a wrong path or a lost volume, and an empty start would hide it. Restore the "
                    + "file, correct ConnectionStrings:Sqlite, or, for a first start, set Database:CreateIfMissing=true (environment "
                    + "variable Database__CreateIfMissing=true). See docs/operations.md.");
            }

            file.Create();
            app.Logger.LogInformation("Created a new database at {Path}", file.Path);
        }

        var seed = options.SeedDemoData ?? app.Environment.IsDevelopment();
        var initializer = ActivatorUtilities.CreateInstance<DatabaseInitializer>(scope.ServiceProvider);
        await initializer.InitializeAsync(seed);
        await ClaimLinksForTheHomeTenantAsync(app, scope.ServiceProvider.GetRequiredService<PortalDbContext>());
        file.Hold();
    }

    /// <summary>
    /// ADR-012: links made before memberships recorded a tenant were all made for people of the operator's home tenant (the
    /// app was single-tenant), so they are given it, once; until then they would match nobody.
    /// </summary>
    private static async Task ClaimLinksForTheHomeTenantAsync(WebApplication app, PortalDbContext db)
    {
        var home = app.Services.GetRequiredService<HomeTenant>();
        var claimed = await db.PartnerUsers.Where(u => u.TenantId == "")
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.TenantId, home.TenantId));
        if (claimed > 0)
        {
            app.Logger.LogInformation("Gave {Count} partner user links made before tenants were recorded the home tenant {Tenant}", claimed, home.TenantId);
        }
    }
}
