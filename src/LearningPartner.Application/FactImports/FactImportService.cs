using System.Security.Cryptography;
using LearningPartner.Application.Common;
using LearningPartner.Application.ExamPasses;
using LearningPartner.Application.Trainers;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.FactImports;
using LearningPartner.Domain.Trainers;
using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Imports;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.FactImports;

/// <summary>
/// R-MCT-1: support staff import an MCT roster or an exam results export — the records they already hold — to verify trainer
/// and exam facts in bulk. As with invoice imports (issue 7): a stored preview (new, verifies a claim, already recorded,
/// conflicting with both versions, rejected), then one commit that applies exactly the previewed rows in one transaction
/// with its audit entries; re-importing the same file changes nothing. Imported facts count for the partner a row names.
/// </summary>
public sealed class FactImportService(PortalDbContext db, AuditLog audit, ICurrentActor actor, ProgramClock clock)
{
    /// <summary>The form field the file is sent in.</summary>
    public const string FileField = "file";

    public Task<List<FactImportSummary>> ListAsync(CancellationToken cancellationToken) =>
        Summaries(db.FactImports.AsNoTracking().OrderByDescending(i => i.Id)).Take(200).ToListAsync(cancellationToken);

    /// <summary>The stored preview's id, or why the file is refused as a whole (nothing is stored then).</summary>
    public async Task<Result<int>> PreviewAsync(FactImportKind kind, UploadedFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return Refusal.OnField(FileField, RefusalCode.FactImportFileMissing);
        }

        if (file.Length > FactRecordsCsv.MaxBytes)
        {
            return Refusal.OnField(FileField, RefusalCode.ImportFileTooLarge);
        }

        var content = await file.ReadAllAsync(cancellationToken);

        var parse = FactRecordsCsv.Parse(kind, content, clock.Today);
        if (parse.FileError is not null)
        {
            return Refusal.OnField(FileField, RefusalCode.ImportFileRefused, parse.FileError);
        }

        var facts = await FactsOfAsync(parse.Accepted.Select(r => r.Values.PartnerId), cancellationToken);
        var rows = Classify(parse.Accepted, facts);
        rows.AddRange(parse.Rejected.Select(r => new PreviewRow(r.FileLine, FactRowOutcome.Rejected, r.Reason, null, null, r.Cells)));
        // Issue 20.6: a hidden character in the file's name is kept as its code point, never itself.
        var import = new FactImport(kind, PlainText.Visible(Path.GetFileName(file.FileName), TextKind.Line) is { Length: > 0 } name
                ? name[..Math.Min(name.Length, 255)]
                : "records.csv",
            Convert.ToHexString(SHA256.HashData(content)), actor.Describe(), clock.Now);
        import.SetPreviewCounts(rows.Select(r => r.Outcome));
        import.IgnoreColumns(parse.IgnoredColumns);

        await db.InTransactionAsync(async ct =>
        {
            db.FactImports.Add(import);
            await db.SaveChangesAsync(ct);
            audit.Record(AuditAction.FactImportPreviewed, AuditSubject.Of(import), null, new PreviewValues(kind, import.FileName, import.FileHash,
                import.NewRows, import.VerifiesClaimRows, import.AlreadyRecordedRows, import.ConflictRows, import.RejectedRows));
            db.FactImportRows.AddRange(rows.OrderBy(r => r.FileLine).Select(r => r.For(import.Id)));
            return await db.SaveChangesAsync(ct);
        }, cancellationToken);
        return import.Id;
    }

    public async Task<FactImportPreview?> GetAsync(int importId, CancellationToken cancellationToken)
    {
        var import = await Summaries(db.FactImports.AsNoTracking().Where(i => i.Id == importId)).FirstOrDefaultAsync(cancellationToken);
        if (import is null)
        {
            return null;
        }

        var stored = await db.FactImports.Where(i => i.Id == importId).Select(i => new { i.Version, i.IgnoredColumns }).FirstAsync(cancellationToken);
        var rows = await db.FactImportRows.AsNoTracking()
            .Where(r => r.ImportId == importId && r.Outcome != FactRowOutcome.AlreadyRecorded)
            .OrderBy(r => r.FileLine).Take(FactImportPreview.ShownRows)
            .ToListAsync(cancellationToken);
        return new FactImportPreview(import, stored.Version,
            [.. rows.Select(r => new FactImportRowModel(r.FileLine, r.Outcome, r.Values, r.Reason, r.Cells))], stored.IgnoredColumns);
    }

    /// <summary>
    /// Records the previewed new facts as verified and verifies the previewed claims, once. The facts of the partners the file
    /// names are read again under their data-version lock: if any row would now come out otherwise (a partner claimed, changed
    /// or staff decided something since the preview), nothing is written and staff preview the file again.
    /// </summary>
    public async Task<Result> CommitAsync(int importId, Guid version, CancellationToken cancellationToken)
    {
        var import = await db.FactImports.FirstOrDefaultAsync(i => i.Id == importId, cancellationToken);
        if (import is null)
        {
            return Result.NotFound();
        }

        if (import.IsCommitted)
        {
            return Refusal.Of(RefusalCode.ImportAlreadyCommitted);
        }

        var previewed = await db.FactImportRows.AsNoTracking()
            .Where(r => r.ImportId == importId && r.Outcome != FactRowOutcome.Rejected)
            .OrderBy(r => r.FileLine).ToListAsync(cancellationToken);
        var toApply = previewed.Count(r => r.Outcome is FactRowOutcome.New or FactRowOutcome.VerifiesClaim);
        var partnerIds = previewed.Select(r => r.PartnerId!).Distinct(StringComparer.Ordinal).ToList();
        try
        {
            await db.InTransactionAsync(async ct =>
            {
                // The import is marked first: a second commit of the same preview waits for this one, then fails on the version.
                db.Entry(import).Property(i => i.Version).OriginalValue = version;
                import.MarkCommitted(actor.Describe(), clock.Now, toApply);
                audit.Record(AuditAction.FactImportCommitted, AuditSubject.Of(import), null, new CommitValues(import.Kind, import.FileName, toApply));
                await db.SaveChangesAsync(ct);
                // Writing the partners' data version locks their rows until this commit ends: a concurrent import of the same
                // partners waits here, and then reads what this one wrote.
                await PartnerDataVersion.RenewAsync(db, partnerIds, ct);
                var facts = await FactsOfAsync(partnerIds, ct, tracked: true);
                var now = Classify(previewed.Select(r => new FactFileRow(r.FileLine, r.Values!, [])).ToList(), facts);
                if (now.Count != previewed.Count || now.Zip(previewed).Any(p => p.First.Outcome != p.Second.Outcome || p.First.FactId != p.Second.FactId))
                {
                    throw new FactsChangedException();
                }

                var added = Apply(import, now, facts);
                await db.SaveChangesAsync(ct);
                // A new fact's audit entry names its key, known once it is saved.
                foreach (var fact in added)
                {
                    if (fact is Trainer trainer)
                    {
                        audit.Record(AuditAction.TrainerAdded, AuditSubject.Of(trainer), null, TrainerService.TrainerValues.Of(trainer));
                    }
                    else if (fact is ExamPass pass)
                    {
                        audit.Record(AuditAction.ExamPassAdded, AuditSubject.Of(pass), null, ExamPassService.ExamPassValues.Of(pass));
                    }
                }

                return await db.SaveChangesAsync(ct);
            }, cancellationToken);
            return Result.Done();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Refusal.Of(RefusalCode.ImportAlreadyCommitted);
        }
        catch (Exception e) when (e is FactsChangedException or DbUpdateException)
        {
            // A partner claimed, changed or staff decided one of these facts since the preview: nothing of this import was written.
            db.ChangeTracker.Clear();
            return Refusal.Of(RefusalCode.FactsChangedMeanwhile);
        }
    }

    /// <summary>Adds the new facts as verified and verifies the matched claims; returns the added facts.</summary>
    private List<IClaimedFact> Apply(FactImport import, List<PreviewRow> rows, PartnerFacts facts)
    {
        var added = new List<IClaimedFact>();
        var by = actor.Describe();
        var at = clock.Now;
        foreach (var row in rows.Where(r => r.Outcome is FactRowOutcome.New or FactRowOutcome.VerifiesClaim))
        {
            var note = $"{(import.Kind == FactImportKind.MctRoster ? "MCT roster" : "Exam results")} import {import.Id} ({import.FileName}), line {row.FileLine}";
            var values = row.Values!;
            var organisationId = facts.Organisations[values.PartnerId];
            if (row.Outcome == FactRowOutcome.New && values.MctId is { } mctId)
            {
                var trainer = new Trainer(organisationId, values.PersonName, mctId, values.ValidUntil!.Value, FactReview.Confirmed(at, by, note), values.Email);
                db.Trainers.Add(trainer);
                added.Add(trainer);
            }
            else if (row.Outcome == FactRowOutcome.New)
            {
                var pass = new ExamPass(organisationId, values.ExamCode!, values.PersonName, values.PassedOn!.Value, FactReview.Confirmed(at, by, note));
                db.ExamPasses.Add(pass);
                added.Add(pass);
            }
            else if (values.MctId is not null)
            {
                var trainer = facts.Trainers.First(t => t.Id == row.FactId);
                var before = TrainerService.TrainerValues.Of(trainer);
                trainer.Verify(at, by, note);
                audit.Record(AuditAction.TrainerVerified, AuditSubject.Of(trainer), before, TrainerService.TrainerValues.Of(trainer));
            }
            else
            {
                var pass = facts.ExamPasses.First(e => e.Id == row.FactId);
                var before = ExamPassService.ExamPassValues.Of(pass);
                pass.Verify(at, by, note);
                audit.Record(AuditAction.ExamPassVerified, AuditSubject.Of(pass), before, ExamPassService.ExamPassValues.Of(pass));
            }
        }

        return added;
    }

    /// <summary>Each readable row's outcome: unknown partner, earlier in the file, or how it meets the partner's facts (R-MCT-1).</summary>
    private static List<PreviewRow> Classify(IReadOnlyList<FactFileRow> accepted, PartnerFacts facts)
    {
        var rows = new List<PreviewRow>(accepted.Count);
        var seen = new Dictionary<(string, string), FactFileRow>();
        foreach (var row in accepted)
        {
            var values = row.Values;
            if (!facts.Organisations.TryGetValue(values.PartnerId, out var organisationId))
            {
                rows.Add(new PreviewRow(row.FileLine, FactRowOutcome.Rejected, $"No partner organisation has the partner id {values.PartnerId}.",
                    values, null, row.Cells));
                continue;
            }

            if (seen.TryGetValue(values.Key, out var earlier))
            {
                rows.Add(earlier.Values == values
                    ? new PreviewRow(row.FileLine, FactRowOutcome.AlreadyRecorded, $"Same as line {earlier.FileLine} of this file.", values, null, null)
                    : new PreviewRow(row.FileLine, FactRowOutcome.Conflict, $"Line {earlier.FileLine} of this file has other values for this fact.",
                        values, null, row.Cells));
                continue;
            }

            seen.Add(values.Key, row);
            var match = values.MctId is { } mctId
                ? FactMatch.OfRosterEntry(mctId, values.ValidUntil!.Value, facts.Trainers.Where(t => t.PartnerOrganisationId == organisationId))
                : FactMatch.OfExamResult(values.ExamCode!, values.PersonName, values.PassedOn!.Value,
                    facts.ExamPasses.Where(e => e.PartnerOrganisationId == organisationId));
            rows.Add(new PreviewRow(row.FileLine, match.Outcome, match.Outcome == FactRowOutcome.Conflict ? Recorded(match.Recorded!) : null,
                values, match.Recorded?.Id, match.Outcome == FactRowOutcome.Conflict ? row.Cells : null));
        }

        return rows;
    }

    /// <summary>The recorded version a conflicting row is shown beside.</summary>
    private static string Recorded(IClaimedFact fact)
    {
        var status = fact.Review.Status switch
        {
            FactStatus.Verified => "verified",
            FactStatus.AwaitingVerification => "awaiting verification",
            _ => $"rejected by support staff: {fact.Review.RejectionReason}",
        };
        return fact switch
        {
            Trainer { RetiredOn: { } left } t => $"Recorded: {t.Name}, MCT {t.MctId}, valid until {t.ValidUntil:yyyy-MM-dd}; the affiliation ended on {left:yyyy-MM-dd}.",
            Trainer t => $"Recorded: {t.Name}, MCT {t.MctId}, valid until {t.ValidUntil:yyyy-MM-dd} ({status}).",
            ExamPass e => $"Recorded: {e.PersonName} passed {e.ExamCode} on {e.PassedOn:yyyy-MM-dd} ({status}).",
            _ => "Recorded with other values.",
        };
    }

    /// <summary>The organisations with these partner ids, and their trainers and exam passes.</summary>
    private async Task<PartnerFacts> FactsOfAsync(IEnumerable<string> partnerIds, CancellationToken cancellationToken, bool tracked = false)
    {
        var ids = partnerIds.Distinct(StringComparer.Ordinal).ToList();
        var organisations = await db.PartnerOrganisations.AsNoTracking().Where(o => ids.Contains(o.PartnerId))
            .ToDictionaryAsync(o => o.PartnerId, o => o.Id, StringComparer.Ordinal, cancellationToken);
        var organisationIds = organisations.Values.ToList();
        var trainers = tracked ? db.Trainers : db.Trainers.AsNoTracking();
        var passes = tracked ? db.ExamPasses : db.ExamPasses.AsNoTracking();
        return new PartnerFacts(organisations,
            await trainers.Where(t => organisationIds.Contains(t.PartnerOrganisationId)).OrderBy(t => t.Id).ToListAsync(cancellationToken),
            await passes.Where(e => organisationIds.Contains(e.PartnerOrganisationId)).OrderBy(e => e.Id).ToListAsync(cancellationToken));
    }

    private static IQueryable<FactImportSummary> Summaries(IQueryable<FactImport> imports) =>
        imports.Select(i => new FactImportSummary(i.Id, i.Kind, i.FileName, i.UploadedAt, i.UploadedBy, i.CommittedAt, i.CommittedBy, i.AppliedRows,
            i.NewRows, i.VerifiesClaimRows, i.AlreadyRecordedRows, i.ConflictRows, i.RejectedRows));

    private sealed record PartnerFacts(Dictionary<string, int> Organisations, List<Trainer> Trainers, List<ExamPass> ExamPasses);

    private sealed record PreviewRow(int FileLine, FactRowOutcome Outcome, string? Reason, FactRowValues? Values, int? FactId,
        IReadOnlyList<string>? Cells)
    {
        public FactImportRow For(int importId) => new(importId, FileLine, Outcome, Reason, Values, FactId, Cells);
    }

    private sealed class FactsChangedException : Exception;

    /// <summary>A preview as the audit trail records it.</summary>
    private sealed record PreviewValues(FactImportKind Kind, string FileName, string FileHash, int NewRows, int VerifiesClaimRows,
        int AlreadyRecordedRows, int ConflictRows, int RejectedRows);

    /// <summary>A commit as the audit trail records it.</summary>
    private sealed record CommitValues(FactImportKind Kind, string FileName, int AppliedRows);
}
