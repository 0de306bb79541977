using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using LearningPartner.Application.Common;
using LearningPartner.Application.Imports;
using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LearningPartner.Benchmarks;

/// <summary>
/// Issue 7's target: a 100,000-row Courseware Marketplace export previewed and committed on SQLite in under
/// 10 seconds. Each iteration starts from a copy of a database that already holds 100,000 recorded lines (so the
/// preview's lookups find real neighbours) and imports a file of 100,000 new rows for 2,000 partners, 10% of them
/// lines that are already recorded.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class InvoiceImportBenchmarks
{
    private const int Rows = 100_000;

    public static IProgress<ImportProgress>? Progress { get; set; }
    private static readonly string Template = Path.Combine(Path.GetTempPath(), "learning-partner-bench-import-template-v3.db");
    private readonly string _work = Path.Combine(Path.GetTempPath(), $"learning-partner-bench-import-{Guid.NewGuid():N}.db");
    private byte[] _file = [];
    private RuleSetCatalogProvider _catalogs = null!;
    private PortalDbContext _db = null!;

    [GlobalSetup]
    public void Setup()
    {
        _catalogs = new RuleSetCatalogProvider();
        _catalogs.Set(new Domain.Programs.RuleSetCatalog(ShippedRuleSets.ReadAll().Select(f => RuleSetParser.Parse(f.Json, f.Name))));
        if (!File.Exists(Template))
        {
            BuildTemplate();
        }

        // Rows 0..9,999 repeat lines of the template (already recorded); the rest are new.
        var csv = new StringBuilder("PartnerId,DocumentType,InvoiceNumber,LineNumber,InvoiceDate,OmlpType,Units,Revenue,Currency\n");
        for (var i = 0; i < Rows; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{Row(i, recorded: i < Rows / 10)}\n");
        }

        _file = Encoding.UTF8.GetBytes(csv.ToString());
    }

    [IterationSetup]
    public void FreshDatabase()
    {
        File.Copy(Template, _work, overwrite: true);
        _db = Open(_work);
        _db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;"); // as the portal runs it (DatabaseInitializer)
    }

    [IterationCleanup]
    public void DropDatabase()
    {
        _db.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_work);
    }

    [Benchmark(Description = "Preview + commit 100,000 rows (SQLite)")]
    public async Task PreviewAndCommit()
    {
        var service = Service(_db);
        var preview = await service.PreviewAsync(new UploadedFile("bench.csv", _file.Length, () => new MemoryStream(_file)), Progress,
            CancellationToken.None);
        if (!preview.IsDone)
        {
            throw new InvalidOperationException($"Preview refused: {preview.Refusal?.Code}");
        }

        var importId = preview.Value;
        var version = await _db.InvoiceImports.Where(i => i.Id == importId).Select(i => i.Version).SingleAsync();
        var outcome = await service.CommitAsync(importId, version, Progress, CancellationToken.None);
        if (!outcome.IsDone)
        {
            throw new InvalidOperationException($"Commit refused: {outcome.Refusal?.Code}");
        }
    }

    private static string Row(int i, bool recorded)
    {
        var partner = 4_200_000 + (i % 2_000);
        var prefix = recorded ? "OLD" : "NEW";
        return $"{partner},Invoice,{prefix}-{i / 4:D7},{(i % 4) + 1},2026-{(i % 9) + 1:D2}-15,MOC,{(i % 7) + 1},{(i % 7 + 1) * 95}.00,USD";
    }

    private void BuildTemplate()
    {
        var building = Template + ".building";
        File.Delete(building);
        using (var db = Open(building))
        {
            db.Database.Migrate();
            var recordedAt = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = 0; i < Rows; i++)
            {
                // The first 10,000 are the lines the benchmark file repeats; 90,000 more are other invoices.
                var fields = Row(i, recorded: true).Split(',');
                if (i >= Rows / 10)
                {
                    fields[2] = $"HIST-{i:D7}";
                }

                var line = new Domain.Kpis.InvoiceLine(fields[0], fields[2], int.Parse(fields[3], CultureInfo.InvariantCulture),
                    DateOnly.ParseExact(fields[4], "yyyy-MM-dd", CultureInfo.InvariantCulture), fields[5],
                    int.Parse(fields[6], CultureInfo.InvariantCulture),
                    new Domain.Common.Money(decimal.Parse(fields[7], CultureInfo.InvariantCulture), "USD"), "bench", recordedAt);
                line.FixKpi(Domain.Kpis.KpiValuation.RuleFor(_catalogs.Catalog, line.InvoiceDate, line.OmlpType)!);
                db.InvoiceLines.Add(line);
                if (i % 5_000 == 4_999)
                {
                    db.SaveChanges();
                    db.ChangeTracker.Clear();
                }
            }
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Move(building, Template);
    }

    private InvoiceImportService Service(PortalDbContext db)
    {
        var clock = new ProgramClock(TimeProvider.System, Options.Create(new ProgramOptions()));
        var actor = new BenchActor();
        return new InvoiceImportService(db, _catalogs, new AuditLog(new AuditTrail(db, actor, clock)), actor, clock);
    }

    private static PortalDbContext Open(string path) =>
        new(new DbContextOptionsBuilder<PortalDbContext>()
            .UseSqlite($"Data Source={path}", o => o.MigrationsAssembly(PersistenceServiceCollectionExtensions.SqliteMigrationsAssembly))
            .Options);

    private sealed class BenchActor : ICurrentActor
    {
        public string Describe() => "bench";
    }
}
