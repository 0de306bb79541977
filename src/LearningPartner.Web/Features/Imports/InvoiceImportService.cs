using System.Globalization;
using System.Security.Cryptography;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Kpis;
using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Imports;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Imports;

/// <summary>
/// Marketplace invoice imports (issue 7): a stored preview, then one commit that records exactly the previewed new
/// rows, with KPI values fixed from each invoice date's program year (R-KPI-2), in one transaction with its audit entry.
/// Recording a line again changes nothing; the same key with other values is a conflict (R-KPI-4).
/// </summary>
public sealed class InvoiceImportService(
    PortalDbContext db,
    RuleSetCatalogProvider catalogs,
    AuditTrail audit,
    ICurrentActor actor,
    ProgramClock clock,
    IStringLocalizer<SharedResource> localizer)
{
    public Task<List<ImportSummary>> ListAsync(CancellationToken cancellationToken) =>
        db.InvoiceImports.AsNoTracking().OrderByDescending(i => i.Id)
            .Select(i => new ImportSummary(i.Id, i.FileName, i.UploadedAt, i.UploadedBy, i.CommittedAt, i.RecordedLines))
            .Take(200).ToListAsync(cancellationToken);

    /// <summary>The stored preview's id, or a message for a file refused as a whole (nothing is stored then).</summary>
    public async Task<(int? ImportId, string? Error)> PreviewAsync(string fileName, byte[] content, CancellationToken cancellationToken)
    {
        var parse = MarketplaceInvoiceCsv.Parse(content, catalogs.Catalog);
        if (parse.FileError is not null)
        {
            return (null, parse.FileError);
        }

        var partners = parse.Accepted.Select(r => r.PartnerId).Distinct().ToList();
        var invoices = parse.Accepted.Select(r => r.InvoiceNumber).Distinct().ToList();
        var recorded = (await db.InvoiceLines.AsNoTracking()
                .Where(l => partners.Contains(l.PartnerId) && invoices.Contains(l.InvoiceNumber))
                .ToListAsync(cancellationToken))
            .ToDictionary(l => (l.PartnerId, l.InvoiceNumber, l.LineNumber));

        var import = new InvoiceImport(Path.GetFileName(fileName) is { Length: > 0 } name ? name[..Math.Min(name.Length, 255)] : "export.csv",
            Convert.ToHexString(SHA256.HashData(content)), actor.Describe(), clock.Now);
        await db.InTransactionAsync(async ct =>
        {
            db.InvoiceImports.Add(import);
            await db.SaveChangesAsync(ct);
            var seen = new Dictionary<(string, string, int), InvoiceRow>();
            foreach (var row in parse.Accepted)
            {
                var key = (row.PartnerId, row.InvoiceNumber, row.LineNumber);
                var (outcome, reason) = recorded.TryGetValue(key, out var line)
                    ? Same(line, row) ? (ImportRowOutcome.AlreadyRecorded, null) : (ImportRowOutcome.Conflict, Describe("Recorded", line))
                    : seen.TryGetValue(key, out var earlier)
                        ? SameRow(earlier, row) ? (ImportRowOutcome.AlreadyRecorded, $"Same as line {earlier.FileLine} of this file.")
                            : (ImportRowOutcome.Conflict, $"Line {earlier.FileLine} of this file has other values for this invoice line.")
                        : (ImportRowOutcome.New, (string?)null);
                seen.TryAdd(key, row);
                db.InvoiceImportRows.Add(new InvoiceImportRow(import.Id, row.FileLine, outcome, reason, row.PartnerId, row.InvoiceNumber,
                    row.LineNumber, row.InvoiceDate, row.OmlpType, row.Units, row.Revenue.Amount, row.Revenue.Currency));
            }

            foreach (var rejected in parse.Rejected)
            {
                db.InvoiceImportRows.Add(new InvoiceImportRow(import.Id, rejected.FileLine, ImportRowOutcome.Rejected, rejected.Reason));
            }

            audit.Record("InvoiceImportPreviewed", nameof(InvoiceImport), import.Id.ToString(CultureInfo.InvariantCulture), null, null,
                new { import.FileName, import.FileHash, Accepted = parse.Accepted.Count, Rejected = parse.Rejected.Count });
            return await db.SaveChangesAsync(ct);
        }, cancellationToken);
        return (import.Id, null);
    }

    public async Task<ImportPreviewViewModel?> GetAsync(int importId, CancellationToken cancellationToken)
    {
        var import = await db.InvoiceImports.AsNoTracking().FirstOrDefaultAsync(i => i.Id == importId, cancellationToken);
        if (import is null)
        {
            return null;
        }

        var known = await db.PartnerOrganisations.Select(o => o.PartnerId).ToListAsync(cancellationToken);
        var rows = await db.InvoiceImportRows.AsNoTracking().Where(r => r.ImportId == importId).OrderBy(r => r.FileLine).ToListAsync(cancellationToken);
        var models = rows.Select(r => new ImportRowModel(r.FileLine, r.Outcome, r.PartnerId, r.InvoiceNumber, r.LineNumber, r.InvoiceDate,
            r.OmlpType, r.Units, r.RevenueAmount, r.RevenueCurrency, r.Reason, r.PartnerId is null || known.Contains(r.PartnerId))).ToList();
        return new ImportPreviewViewModel(
            new ImportSummary(import.Id, import.FileName, import.UploadedAt, import.UploadedBy, import.CommittedAt, import.RecordedLines),
            import.Version,
            models.GroupBy(m => m.Outcome).ToDictionary(g => g.Key, g => g.Count()),
            models.Count(m => m.Outcome == ImportRowOutcome.New && !m.PartnerKnown),
            models);
    }

    /// <summary>Records the previewed new rows once. Null: no such import; empty: done; otherwise the reason it was not.</summary>
    public async Task<string?> CommitAsync(int importId, Guid version, CancellationToken cancellationToken)
    {
        var import = await db.InvoiceImports.FirstOrDefaultAsync(i => i.Id == importId, cancellationToken);
        if (import is null)
        {
            return null;
        }

        if (import.IsCommitted)
        {
            return localizer["This import was already committed."];
        }

        var catalog = catalogs.Catalog;
        var rows = await db.InvoiceImportRows.AsNoTracking()
            .Where(r => r.ImportId == importId && r.Outcome == ImportRowOutcome.New).ToListAsync(cancellationToken);
        try
        {
            await db.InTransactionAsync(async ct =>
            {
                foreach (var row in rows)
                {
                    var line = new InvoiceLine(row.PartnerId!, row.InvoiceNumber!, row.LineNumber!.Value, row.InvoiceDate!.Value, row.OmlpType!,
                        row.Units!.Value, new Money(row.RevenueAmount!.Value, row.RevenueCurrency!), $"import:{importId}", clock.Now);
                    line.FixKpi(KpiValuation.RuleFor(catalog, line.InvoiceDate, line.OmlpType)!);
                    db.InvoiceLines.Add(line);
                }

                db.Entry(import).Property(i => i.Version).OriginalValue = version;
                import.MarkCommitted(actor.Describe(), clock.Now, rows.Count);
                audit.Record("InvoiceImportCommitted", nameof(InvoiceImport), importId.ToString(CultureInfo.InvariantCulture), null, null,
                    new { import.FileName, RecordedLines = rows.Count });
                return await db.SaveChangesAsync(ct);
            }, cancellationToken);
            return string.Empty;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return localizer["This import was already committed."];
        }
        catch (DbUpdateException)
        {
            // Another import recorded some of these lines since the preview: nothing of this one was written.
            db.ChangeTracker.Clear();
            return localizer["Some of these lines were recorded by another import since this preview. Nothing was written; upload the file again for a new preview."];
        }
    }

    private static bool Same(InvoiceLine line, InvoiceRow row) =>
        line.InvoiceDate == row.InvoiceDate && line.OmlpType == row.OmlpType && line.Units == row.Units && line.Revenue == row.Revenue;

    private static bool SameRow(InvoiceRow a, InvoiceRow b) =>
        a.InvoiceDate == b.InvoiceDate && a.OmlpType == b.OmlpType && a.Units == b.Units && a.Revenue == b.Revenue;

    private static string Describe(string what, InvoiceLine line) =>
        $"{what}: {line.InvoiceDate:yyyy-MM-dd}, {line.OmlpType}, {line.Units} units, {line.Revenue}.";
}
