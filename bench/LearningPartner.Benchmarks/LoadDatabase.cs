using LearningPartner.Infrastructure.Seeding;
using LearningPartner.Infrastructure.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace LearningPartner.Benchmarks;

/// <summary>
/// The load benchmark's database (bench/load.sh, issue 12): the demo world of today — so the personas sign in to their
/// organisations — plus 10,000 partners with published directory listings and 1,000,000 KPI lines over 10,000 partner
/// ids, about 100 of them for each demo partner (a typical partner's dashboard).
/// </summary>
internal static class LoadDatabase
{
    public static async Task BuildAsync(string path)
    {
        var temporary = path + ".building";
        File.Delete(temporary);
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        await using (var db = BenchData.Open(temporary))
        {
            await db.Database.MigrateAsync();
            var documents = new DocumentStore(Options.Create(new StorageOptions { DocumentsPath = path + "-documents" }),
                new HostingEnvironment { ContentRootPath = Path.GetTempPath() });
            await new DemoDataSeeder(db, documents).SeedIfEmptyAsync(today, now);
            BenchData.AddListedPartners(db, 10_000);
        }

        await using (var connection = new SqliteConnection($"Data Source={temporary}"))
        {
            connection.Open();
            BenchData.InsertInvoiceLines(connection, 1_000_000, KpiQueryBenchmarks.BigPartner, 100_000, today);
        }

        SqliteConnection.ClearAllPools();
        File.Move(temporary, path, overwrite: true);
        Console.WriteLine($"Built {path}");
    }
}
