using BenchmarkDotNet.Attributes;
using LearningPartner.Application.Directory;
using LearningPartner.Domain.PartnerDirectory;
using LearningPartner.Domain.Partners;
using LearningPartner.Domain.Programs;
using LearningPartner.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartner.Benchmarks;

/// <summary>
/// Issue 10's target: the public directory page with 10,000 published partners answers in under 20 ms server time with a
/// filter applied. The real portal runs in process (TestServer: routing, rate limiter, MVC, Razor; no network) on a
/// SQLite database of 10,000 listed partners built once; "cold" rebuilds the day's directory from the database.
/// </summary>
[MemoryDiagnoser]
public class DirectoryBenchmarks
{
    private const int Partners = 10_000;
    private static readonly string DatabasePath = Path.Combine(Path.GetTempPath(), "learning-partner-bench-directory-v1.db");
    private WebApplicationFactory<LearningPartner.Web.SharedResource> _factory = null!;
    private HttpClient _client = null!;
    private DirectorySnapshots _snapshots = null!;

    [GlobalSetup]
    public void Setup()
    {
        EnsureDatabase();
        _factory = new WebApplicationFactory<LearningPartner.Web.SharedResource>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseContentRoot(Path.Combine(RepositoryRoot(), "src", "LearningPartner.Web"));
            b.UseSetting("ConnectionStrings:Sqlite", $"Data Source={DatabasePath}");
            b.UseSetting("Database:SeedDemoData", "false");
            b.UseSetting("RateLimits:Directory:PermitLimit", "1000000000");
            b.UseSetting("Reminders:Enabled", "false");
            b.UseSetting("Notifications:Enabled", "false");
            b.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        });
        _client = _factory.CreateClient();
        _snapshots = _factory.Services.GetRequiredService<DirectorySnapshots>();
        Check(_client.GetAsync("/directory?country=FR&q=partner%201").GetAwaiter().GetResult());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Benchmark(Description = "Directory page, 10,000 partners, search + country filter")]
    public async Task PageWithFilter() => Check(await _client.GetAsync("/directory?country=FR&q=partner%201"));

    [Benchmark(Description = "Directory page, level filter, page 20")]
    public async Task PageWithLevelFilter() => Check(await _client.GetAsync("/directory?level=silver&page=20"));

    [Benchmark(Description = "Directory API, search + country filter")]
    public async Task ApiWithFilter() => Check(await _client.GetAsync("/api/v1/directory?country=FR&q=partner%201"));

    [Benchmark(Description = "Directory rebuilt from the database (cold)")]
    public async Task<DirectorySnapshot> ColdSnapshot()
    {
        _snapshots.Invalidate();
        return await _snapshots.GetAsync(CancellationToken.None);
    }

    private static void Check(HttpResponseMessage response)
    {
        using (response)
        {
            response.EnsureSuccessStatusCode();
        }
    }

    private static void EnsureDatabase()
    {
        if (File.Exists(DatabasePath))
        {
            return;
        }

        var temporary = DatabasePath + ".building";
        File.Delete(temporary);
        using (var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>()
                   .UseSqlite($"Data Source={temporary}", o => o.MigrationsAssembly(PersistenceServiceCollectionExtensions.SqliteMigrationsAssembly)).Options))
        {
            db.Database.Migrate();
            BenchData.AddListedPartners(db, Partners);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Move(temporary, DatabasePath);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LearningPartner.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("LearningPartner.sln not found above the benchmark.");
    }
}
