using System.Security.Cryptography;
using System.Text;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Programs;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LearningPartner.Infrastructure.RuleSets;

/// <summary>
/// At start-up: stores each shipped rule set (program year, version, document, hash) that the database lacks,
/// refuses a shipped file whose content changed without a new version, then fixes the KPI value of every
/// recorded line that has none yet (R-KPI-2). Idempotent: a second run changes nothing.
/// </summary>
public sealed class RuleSetLoader(PortalDbContext db, ProgramClock clock, ILogger<RuleSetLoader> logger)
{
    private const int Batch = 2000;

    public async Task<RuleSetCatalog> LoadAsync(IEnumerable<(string Name, string Json)> files, CancellationToken cancellationToken = default)
    {
        var list = files.ToList();
        try
        {
            await StoreNewAsync(list, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance stored the same rule set at the same moment (unique program year + version):
            // read again, which also checks that its content is the same as ours.
            db.ChangeTracker.Clear();
            await StoreNewAsync(list, cancellationToken);
        }

        var catalog = await ReadCatalogAsync(db, cancellationToken);
        await FixKpiValuesAsync(catalog, cancellationToken);
        return catalog;
    }

    private async Task StoreNewAsync(IReadOnlyList<(string Name, string Json)> files, CancellationToken cancellationToken)
    {
        foreach (var (name, json) in files)
        {
            var ruleSet = RuleSetParser.Parse(json, name, requireChineseNames: true);
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
            var stored = await db.ProgramYearRuleSets.AsNoTracking()
                .FirstOrDefaultAsync(r => r.ProgramYear == ruleSet.ProgramYear && r.Version == ruleSet.Version, cancellationToken);
            if (stored is null)
            {
                db.ProgramYearRuleSets.Add(new ProgramYearRuleSet(ruleSet.ProgramYear, ruleSet.Version, ruleSet.EffectiveFrom,
                    ruleSet.EffectiveTo, json, hash, clock.Now));
                logger.LogInformation("Loaded rule set {ProgramYear} version {Version}", ruleSet.ProgramYear, ruleSet.Version);
            }
            else if (stored.ContentHash != hash)
            {
                throw new RuleSetFormatException(name, [$"{ruleSet.ProgramYear} version {ruleSet.Version} is already loaded with other content; publish a change as a new version"]);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The latest version of each program year stored in the database.</summary>
    public static async Task<RuleSetCatalog> ReadCatalogAsync(PortalDbContext db, CancellationToken cancellationToken = default)
    {
        var documents = await db.ProgramYearRuleSets.AsNoTracking()
            .Select(r => new { r.ProgramYear, r.Version, r.Document })
            .ToListAsync(cancellationToken);
        return new RuleSetCatalog(documents.Select(d => RuleSetParser.Parse(d.Document, $"{d.ProgramYear} v{d.Version}")));
    }

    /// <summary>R-KPI-2: each line without a KPI value gets the one of its invoice date's program year, once.</summary>
    private async Task FixKpiValuesAsync(RuleSetCatalog catalog, CancellationToken cancellationToken)
    {
        foreach (var ruleSet in catalog.All)
        {
            var lastId = 0L;
            while (true)
            {
                var lines = await db.InvoiceLines
                    .Where(l => l.KpiValue == null && l.Id > lastId
                                && l.InvoiceDate >= ruleSet.EffectiveFrom && l.InvoiceDate < ruleSet.EffectiveTo)
                    .OrderBy(l => l.Id)
                    .Take(Batch)
                    .ToListAsync(cancellationToken);
                if (lines.Count == 0)
                {
                    break;
                }

                foreach (var line in lines)
                {
                    if (ruleSet.OmlpTypes.TryGetValue(line.OmlpType, out var rule))
                    {
                        line.FixKpi(rule);
                    }
                }

                lastId = lines[^1].Id;
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }
    }
}
