using LearningPartner.Infrastructure.Persistence;
using Microsoft.Extensions.Options;

namespace LearningPartner.Web.Startup;

internal static class DatabaseStartup
{
    /// <summary>Migrates (SQLite by default) and seeds the demo world in Development unless configured otherwise.</summary>
    public static async Task InitializePortalDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var seed = options.SeedDemoData ?? app.Environment.IsDevelopment();
        var initializer = ActivatorUtilities.CreateInstance<DatabaseInitializer>(scope.ServiceProvider);
        await initializer.InitializeAsync(seed);
    }
}
