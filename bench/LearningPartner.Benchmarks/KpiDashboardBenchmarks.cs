using BenchmarkDotNet.Attributes;
using LearningPartner.Domain.Partners;
using LearningPartner.Infrastructure.Kpis;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Features.Kpis;
using LearningPartner.Web.Features.Requirements;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Benchmarks;

/// <summary>
/// Issue 8's target: the dashboard of a partner with 100,000 invoice lines, in a database of 1,000,000 lines,
/// built in under 50 ms server time — every query the page runs (the grouped report, the standing with its
/// thresholds), without the Razor rendering. The database is <see cref="KpiQueryBenchmarks"/>'s.
/// </summary>
[MemoryDiagnoser]
public class KpiDashboardBenchmarks
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private PortalDbContext _db = null!;
    private readonly PartnerPageCache _cache = new();
    private KpiDashboardService _dashboard = null!;

    [GlobalSetup]
    public void Setup()
    {
        var connectionString = KpiQueryBenchmarks.EnsureDatabase();
        _db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>()
            .UseSqlite(connectionString, o => o.MigrationsAssembly(PersistenceServiceCollectionExtensions.SqliteMigrationsAssembly)).Options);
        foreach (var partnerId in new[] { KpiQueryBenchmarks.BigPartner, "4100042" })
        {
            if (!_db.PartnerOrganisations.Any(o => o.PartnerId == partnerId))
            {
                _db.PartnerOrganisations.Add(new PartnerOrganisation(partnerId, $"Bench {partnerId}", "US"));
            }
        }

        _db.SaveChanges();
        var catalogs = new RuleSetCatalogProvider();
        catalogs.Set(new Domain.Programs.RuleSetCatalog(ShippedRuleSets.ReadAll().Select(f => RuleSetParser.Parse(f.Json, f.Name))));
        var kpis = new KpiQueries(_db);
        _dashboard = new KpiDashboardService(_db, kpis, new PartnerStandingService(_db, kpis, catalogs), catalogs, new PartnerPages(_db, _cache));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _db.Dispose();
        _cache.Dispose();
    }

    [Benchmark(Description = "Dashboard, partner with 100,000 lines")]
    public Task<KpiDashboardViewModel?> BigPartner() => _dashboard.BuildAsync(KpiQueryBenchmarks.BigPartner, Today, CancellationToken.None);

    [Benchmark(Description = "Dashboard, typical partner (~90 lines)")]
    public Task<KpiDashboardViewModel?> TypicalPartner() => _dashboard.BuildAsync("4100042", Today, CancellationToken.None);
}
