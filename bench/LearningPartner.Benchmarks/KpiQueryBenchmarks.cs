using BenchmarkDotNet.Attributes;
using LearningPartner.Domain.Kpis;
using LearningPartner.Infrastructure.Kpis;
using LearningPartner.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Benchmarks;

/// <summary>
/// Issue 4's target: a partner's grouped KPI query under 20 ms on SQLite with 1,000,000 invoice lines across
/// 10,000 partners. One partner ("4999999") has 100,000 of them. The database file is built once and reused.
/// </summary>
[MemoryDiagnoser]
public class KpiQueryBenchmarks
{
    public const string BigPartner = "4999999";
    private const int Partners = 10_000;
    private const int Lines = 1_000_000;
    private const int BigPartnerLines = 100_000;
    private static readonly DateOnly Today = new(2026, 11, 25);
    internal static readonly string DatabasePath = Path.Combine(Path.GetTempPath(), "learning-partner-bench-1m-v7.db");

    private PortalDbContext _db = null!;
    private KpiQueries _queries = null!;
    private readonly MonthRange _window = KpiWindows.EligibilityWindow(Today);

    [GlobalSetup]
    public void Setup()
    {
        var connectionString = EnsureDatabase();

        _db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>()
            .UseSqlite(connectionString, o => o.MigrationsAssembly(PersistenceServiceCollectionExtensions.SqliteMigrationsAssembly))
            .Options);
        _queries = new KpiQueries(_db);
    }

    [GlobalCleanup]
    public void Cleanup() => _db.Dispose();

    [Benchmark(Description = "Window totals, typical partner (~90 lines)")]
    public Task<KpiTotals> TypicalPartner() => _queries.WindowTotalsAsync("4100042", _window);

    [Benchmark(Description = "Window totals, partner with 100,000 lines")]
    public Task<KpiTotals> BigPartnerTotals() => _queries.WindowTotalsAsync(BigPartner, _window);

    [Benchmark(Description = "Monthly breakdown, typical partner")]
    public Task<List<MonthlyKpi>> TypicalPartnerMonthly() => _queries.MonthlyAsync("4100042", _window);

    /// <summary>The 1,000,000-line database, built on first use and migrated to the current schema.</summary>
    internal static string EnsureDatabase()
    {
        if (!File.Exists(DatabasePath))
        {
            Build();
        }

        var connectionString = $"Data Source={DatabasePath}";
        using var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>()
            .UseSqlite(connectionString, o => o.MigrationsAssembly(PersistenceServiceCollectionExtensions.SqliteMigrationsAssembly)).Options);
        db.Database.Migrate();
        return connectionString;
    }

    private static void Build()
    {
        var temporary = DatabasePath + ".building";
        File.Delete(temporary);
        var builder = new DbContextOptionsBuilder<PortalDbContext>()
            .UseSqlite($"Data Source={temporary}", o => o.MigrationsAssembly(PersistenceServiceCollectionExtensions.SqliteMigrationsAssembly));
        using (var db = new PortalDbContext(builder.Options))
        {
            db.Database.Migrate();
        }

        using (var connection = new SqliteConnection($"Data Source={temporary}"))
        {
            connection.Open();
            BenchData.InsertInvoiceLines(connection, Lines, BigPartner, BigPartnerLines, Today);
        }

        SqliteConnection.ClearAllPools();
        File.Move(temporary, DatabasePath);
    }
}
