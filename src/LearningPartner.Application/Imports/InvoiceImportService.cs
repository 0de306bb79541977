using System.Security.Cryptography;
using LearningPartner.Application.Common;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Kpis;
using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Imports;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.Imports;

/// <summary>
/// Marketplace invoice imports (issue 7): a stored preview, then one commit that records exactly the previewed new
/// rows, with KPI values fixed from each invoice date's program year (R-KPI-2), in one transaction with its audit entry.
/// Recording a line again changes nothing; the same key with other values is a conflict (R-KPI-4).
/// Rows are looked up and saved in chunks, so a 100,000-row file stays well inside its time budget (bench/).
/// </summary>
public sealed class InvoiceImportService(
    PortalDbContext db,
    RuleSetCatalogProvider catalogs,
    AuditLog audit,
    ICurrentActor actor,
    ProgramClock clock)
{
    /// <summary>The form field the export is sent in.</summary>
    public const string FileField = "file";

    /// <summary>Rows per lookup query and per SaveChanges: small enough for every provider's parameter limits.</summary>
    private const int Chunk = 1000;

    public Task<List<ImportSummary>> ListAsync(CancellationToken cancellationToken) =>
        Summaries(db.InvoiceImports.AsNoTracking().OrderByDescending(i => i.Id)).Take(200).ToListAsync(cancellationToken);

    /// <summary>The stored preview's id, or why the file is refused as a whole (nothing is stored then).</summary>
    public async Task<Result<int>> PreviewAsync(UploadedFile? file, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return Refusal.OnField(FileField, RefusalCode.ImportFileMissing);
        }

        if (file.Length > MarketplaceInvoiceCsv.MaxBytes)
        {
            return Refusal.OnField(FileField, RefusalCode.ImportFileTooLarge);
        }

        var content = await file.ReadAllAsync(cancellationToken);

        progress?.Report(new ImportProgress(ImportPhase.Reading, 0, 0));
        var parse = MarketplaceInvoiceCsv.Parse(content, catalogs.Catalog, clock.Today);
        if (parse.FileError is not null)
        {
            return Refusal.OnField(FileField, RefusalCode.ImportFileRefused, parse.FileError);
        }

        var recorded = await RecordedLinesAsync(parse.Accepted, progress, cancellationToken);
        var rows = Classify(parse, recorded);
        // Issue 20.6: a hidden character in the file's name ("invoices\u202Evsc.csv") is kept as its code point, never itself.
        var import = new InvoiceImport(PlainText.Visible(Path.GetFileName(file.FileName), TextKind.Line) is { Length: > 0 } name
                ? name[..Math.Min(name.Length, 255)]
                : "export.csv",
            Convert.ToHexString(SHA256.HashData(content)), actor.Describe(), clock.Now);
        import.SetPreviewCounts(rows.Select(r => r.Outcome));
        import.IgnoreColumns(parse.IgnoredColumns);

        await db.InTransactionAsync(async ct =>
        {
            db.InvoiceImports.Add(import);
            await db.SaveChangesAsync(ct);
            audit.Record(AuditAction.InvoiceImportPreviewed, AuditSubject.Of(import), null, new ImportValues(import.FileName, import.FileHash,
                import.NewRows, import.AlreadyRecordedRows, import.ConflictRows, import.RejectedRows));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            for (var start = 0; start < rows.Count; start += Chunk)
            {
                progress?.Report(new ImportProgress(ImportPhase.Saving, start, rows.Count));
                await db.InsertAllAsync(rows.Skip(start).Take(Chunk).Select(r => r.For(import.Id)).ToList(), ct);
            }

            return 0;
        }, cancellationToken);
        progress?.Report(new ImportProgress(ImportPhase.Done, rows.Count, rows.Count));
        return import.Id;
    }

    public async Task<ImportPreview?> GetAsync(int importId, CancellationToken cancellationToken)
    {
        var import = await Summaries(db.InvoiceImports.AsNoTracking().Where(i => i.Id == importId)).FirstOrDefaultAsync(cancellationToken);
        if (import is null)
        {
            return null;
        }

        var stored = await db.InvoiceImports.Where(i => i.Id == importId).Select(i => new { i.Version, i.IgnoredColumns }).FirstAsync(cancellationToken);
        // R-KPI-5: new lines of partner ids without an organisation are kept; they count once the partner exists.
        var unknownPartnerRows = await db.InvoiceImportRows
            .Where(r => r.ImportId == importId && r.Outcome == ImportRowOutcome.New)
            .CountAsync(r => !db.PartnerOrganisations.Any(o => o.PartnerId == r.PartnerId), cancellationToken);
        return new ImportPreview(import, stored.Version, unknownPartnerRows,
            await ProblemRowsAsync(importId, ImportPreview.ShownProblemRows, cancellationToken), stored.IgnoredColumns);
    }

    /// <summary>All rejected and conflicting rows of an import, by line; null when there is no such import.</summary>
    public async Task<List<ImportRowModel>?> ProblemRowsAsync(int importId, CancellationToken cancellationToken) =>
        await db.InvoiceImports.AnyAsync(i => i.Id == importId, cancellationToken)
            ? await ProblemRowsAsync(importId, int.MaxValue, cancellationToken)
            : null;

    /// <summary>Records the previewed new rows once (R-KPI-4).</summary>
    public async Task<Result> CommitAsync(int importId, Guid version, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var import = await db.InvoiceImports.FirstOrDefaultAsync(i => i.Id == importId, cancellationToken);
        if (import is null)
        {
            return Result.NotFound();
        }

        if (import.IsCommitted)
        {
            return Refusal.Of(RefusalCode.ImportAlreadyCommitted);
        }

        var catalog = catalogs.Catalog;
        var rows = await db.InvoiceImportRows.AsNoTracking()
            .Where(r => r.ImportId == importId && r.Outcome == ImportRowOutcome.New).OrderBy(r => r.FileLine).ToListAsync(cancellationToken);
        try
        {
            await db.InTransactionAsync(async ct =>
            {
                // The import is marked first: a second commit of the same preview waits for this one, then fails on the version.
                db.Entry(import).Property(i => i.Version).OriginalValue = version;
                import.MarkCommitted(actor.Describe(), clock.Now, rows.Count);
                audit.Record(AuditAction.InvoiceImportCommitted, AuditSubject.Of(import), null, new CommitValues(import.FileName, rows.Count));
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                for (var start = 0; start < rows.Count; start += Chunk)
                {
                    progress?.Report(new ImportProgress(ImportPhase.Recording, start, rows.Count));
                    var lines = rows.Skip(start).Take(Chunk).Select(row =>
                    {
                        var line = row.ToInvoiceLine($"import:{importId}", clock.Now);
                        line.FixKpi(KpiValuation.RuleFor(catalog, line.InvoiceDate, line.OmlpType)!);
                        return line;
                    }).ToList();
                    await db.InsertAllAsync(lines, ct);
                }

                // The bulk insert bypasses SaveChanges, which renews the data version of the partners it names.
                await PartnerDataVersion.RenewAsync(db, rows.Select(r => r.PartnerId).OfType<string>().Distinct(StringComparer.Ordinal).ToList(), ct);
                return 0;
            }, cancellationToken);
            progress?.Report(new ImportProgress(ImportPhase.Done, rows.Count, rows.Count));
            return Result.Done();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Refusal.Of(RefusalCode.ImportAlreadyCommitted);
        }
        catch (DbUpdateException)
        {
            // Another import recorded some of these lines since the preview: nothing of this one was written.
            db.ChangeTracker.Clear();
            return Refusal.Of(RefusalCode.ImportLinesRecordedMeanwhile);
        }
    }

    private static IQueryable<ImportSummary> Summaries(IQueryable<InvoiceImport> imports) =>
        imports.Select(i => new ImportSummary(i.Id, i.FileName, i.UploadedAt, i.UploadedBy, i.CommittedAt, i.CommittedBy, i.RecordedLines,
            i.NewRows, i.AlreadyRecordedRows, i.ConflictRows, i.RejectedRows));

    private Task<List<ImportRowModel>> ProblemRowsAsync(int importId, int take, CancellationToken cancellationToken) =>
        db.InvoiceImportRows.AsNoTracking()
            .Where(r => r.ImportId == importId && (r.Outcome == ImportRowOutcome.Conflict || r.Outcome == ImportRowOutcome.Rejected))
            .OrderBy(r => r.FileLine).Take(take)
            .Select(r => new ImportRowModel(r.FileLine, r.Outcome, r.PartnerId, r.InvoiceNumber, r.LineNumber, r.InvoiceDate,
                r.OmlpType, r.Units, r.RevenueAmount, r.RevenueCurrency, r.Reason, r.Cells))
            .ToListAsync(cancellationToken);

    /// <summary>The recorded lines with the keys of the accepted rows (R-KPI-4), looked up a chunk of rows at a time.</summary>
    private async Task<Dictionary<(string, string, int), InvoiceLine>> RecordedLinesAsync(IReadOnlyList<InvoiceRow> accepted,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var recorded = new Dictionary<(string, string, int), InvoiceLine>();
        var ordered = accepted.OrderBy(r => r.PartnerId, StringComparer.Ordinal).ThenBy(r => r.InvoiceNumber, StringComparer.Ordinal).ToList();
        for (var start = 0; start < ordered.Count; start += Chunk)
        {
            progress?.Report(new ImportProgress(ImportPhase.Checking, start, ordered.Count));
            var chunk = ordered.Skip(start).Take(Chunk).ToList();
            var partners = chunk.Select(r => r.PartnerId).Distinct().ToList();
            var invoices = chunk.Select(r => r.InvoiceNumber).Distinct().ToList();
            foreach (var line in await db.InvoiceLines.AsNoTracking()
                         .Where(l => partners.Contains(l.PartnerId) && invoices.Contains(l.InvoiceNumber)).ToListAsync(cancellationToken))
            {
                recorded.TryAdd((line.PartnerId, line.InvoiceNumber, line.LineNumber), line);
            }
        }

        return recorded;
    }

    /// <summary>Each row's outcome: new, already recorded (here or earlier in the file), a conflict with both versions, or rejected.</summary>
    private static List<PreviewRow> Classify(InvoiceFileParse parse, Dictionary<(string, string, int), InvoiceLine> recorded)
    {
        var rows = new List<PreviewRow>(parse.Accepted.Count + parse.Rejected.Count);
        var seen = new Dictionary<(string, string, int), InvoiceRow>();
        foreach (var row in parse.Accepted)
        {
            var key = (row.PartnerId, row.InvoiceNumber, row.LineNumber);
            var (outcome, reason) = recorded.TryGetValue(key, out var line)
                ? Same(line, row) ? (ImportRowOutcome.AlreadyRecorded, null) : (ImportRowOutcome.Conflict, Describe(line))
                : seen.TryGetValue(key, out var earlier)
                    ? SameRow(earlier, row) ? (ImportRowOutcome.AlreadyRecorded, $"Same as line {earlier.FileLine} of this file.")
                        : (ImportRowOutcome.Conflict, $"Line {earlier.FileLine} of this file has other values for this invoice line.")
                    : (ImportRowOutcome.New, (string?)null);
            seen.TryAdd(key, row);
            // Issue 20.5: a conflict keeps its cells as written, for the problems CSV; new and recorded rows need none.
            rows.Add(new PreviewRow(row.FileLine, outcome, reason, row, outcome == ImportRowOutcome.Conflict ? row.Cells : null));
        }

        rows.AddRange(parse.Rejected.Select(r => new PreviewRow(r.FileLine, ImportRowOutcome.Rejected, r.Reason, null, r.Cells)));
        return rows;
    }

    private static bool Same(InvoiceLine line, InvoiceRow row) => line.HasValues(row.InvoiceDate, row.OmlpType, row.Units, row.Revenue);

    private static bool SameRow(InvoiceRow a, InvoiceRow b) =>
        a.InvoiceDate == b.InvoiceDate && a.OmlpType == b.OmlpType && a.Units == b.Units && a.Revenue == b.Revenue;

    private static string Describe(InvoiceLine line) => $"Recorded: {line.DescribeValues()}.";

    /// <summary>A preview as the audit trail records it.</summary>
    private sealed record ImportValues(string FileName, string FileHash, int NewRows, int AlreadyRecordedRows, int ConflictRows, int RejectedRows);

    /// <summary>A commit as the audit trail records it.</summary>
    private sealed record CommitValues(string FileName, int RecordedLines);

    private sealed record PreviewRow(int FileLine, ImportRowOutcome Outcome, string? Reason, InvoiceRow? Row, InvoiceRowCells? Cells)
    {
        public InvoiceImportRow For(int importId) => Row is null
            ? new InvoiceImportRow(importId, FileLine, Outcome, Reason, cells: Cells)
            : new InvoiceImportRow(importId, FileLine, Outcome, Reason, Row.PartnerId, Row.InvoiceNumber, Row.LineNumber, Row.InvoiceDate,
                Row.OmlpType, Row.Units, Row.Revenue.Amount, Row.Revenue.Currency, Cells);
    }
}
