using System.Globalization;
using LearningPartner.Application.Common;
using LearningPartner.Application.DiscrepancyCases;
using LearningPartner.Domain.Discrepancies;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Notifications;
using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Notifications;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.CaseReview;

/// <summary>
/// Support's actions on a case (R-DSC-2, R-ROLE-2): take it, ask the partner, reject it, or correct the KPIs. Each is one
/// transaction — the case, the KPI records, the audit entries and the partner's notice together — guarded by the case's
/// version, so of two staff acting on the same case at once the second is told and nothing is applied twice.
/// </summary>
public sealed class CaseResolutionService(
    PortalDbContext db,
    RuleSetCatalogProvider catalogs,
    AuditLog audit,
    PartnerNotifier notifier,
    NotificationSignal signal,
    IPortalLinks links,
    ICurrentActor actor,
    ProgramClock clock)
{
    /// <summary>The correction form's field for the line number of an added record.</summary>
    public const string LineNumberField = nameof(Correction.LineNumber);

    public Task<Result> TakeAsync(int caseId, Guid version, CancellationToken cancellationToken) =>
        ChangeAsync(caseId, version, async (c, partnerId, ct) =>
        {
            var before = new CaseStatusValues(c.Status.ToString(), c.AssignedTo);
            var wasNew = c.Status == DiscrepancyStatus.Submitted;
            c.Take(actor.Describe(), clock.Now);
            audit.Record(AuditAction.DiscrepancyCaseTaken, AuditSubject.Of(c), before, new CaseStatusValues(c.Status.ToString(), c.AssignedTo));
            if (wasNew)
            {
                await NotifyAsync(c, partnerId, null, ct);
            }

            return Result.Done();
        }, cancellationToken);

    public Task<Result> AskAsync(int caseId, Guid version, string question, CancellationToken cancellationToken) =>
        ChangeAsync(caseId, version, async (c, partnerId, ct) =>
        {
            if (c.Status is not (DiscrepancyStatus.Submitted or DiscrepancyStatus.InReview))
            {
                return Refusal.Of(RefusalCode.CaseAlreadyWaitingForPartner);
            }

            var before = new CaseStatusValues(c.Status.ToString(), c.AssignedTo);
            c.AskPartner(actor.Describe(), clock.Now, question.Trim());
            audit.Record(AuditAction.DiscrepancyCaseQuestionAsked, AuditSubject.Of(c), before, new CaseStatusValues(c.Status.ToString(), c.AssignedTo),
                question.Trim());
            await NotifyAsync(c, partnerId, question.Trim(), ct);
            return Result.Done();
        }, cancellationToken);

    /// <summary>R-DSC-2: rejected with a reason the partner sees; no KPI record changes.</summary>
    public Task<Result> RejectAsync(int caseId, Guid version, string reason, CancellationToken cancellationToken) =>
        ChangeAsync(caseId, version, async (c, partnerId, ct) =>
        {
            var before = new CaseStatusValues(c.Status.ToString());
            c.Reject(actor.Describe(), clock.Now, reason.Trim());
            audit.Record(AuditAction.DiscrepancyCaseRejected, AuditSubject.Of(c), before, new CaseStatusValues(c.Status.ToString()), c.Resolution);
            await NotifyAsync(c, partnerId, null, ct);
            return Result.Done();
        }, cancellationToken);

    /// <summary>
    /// R-DSC-2: supersedes a current KPI record with the corrected values, or adds the missing record; the value follows
    /// R-KPI-2 (units × the weight of the invoice date's program year), the partner's totals change at once. The values were
    /// checked as an imported line's are (its date's program year has the OMLP type).
    /// </summary>
    public Task<Result> CorrectAsync(int caseId, Guid version, Correction correction, CancellationToken cancellationToken) =>
        ChangeAsync(caseId, version, async (c, partnerId, ct) =>
        {
            var (date, omlpType, units, revenue) = (correction.InvoiceDate, correction.OmlpType, correction.Units, correction.Revenue);
            if (KpiValuation.RuleFor(catalogs.Catalog, date, omlpType) is not { } rule)
            {
                return Refusal.Of(RefusalCode.LineNotValued);
            }

            var source = string.Create(CultureInfo.InvariantCulture, $"case:{c.Id}");
            InvoiceLine corrected;
            InvoiceLine? superseded = null;
            if (correction.LineId is { } lineId)
            {
                superseded = await db.InvoiceLines.FirstOrDefaultAsync(l => l.Id == lineId && l.PartnerId == partnerId, ct);
                if (superseded is null)
                {
                    return Refusal.Of(RefusalCode.KpiRecordNotCurrent);
                }

                if (superseded.HasValues(date, omlpType, units, revenue))
                {
                    return Refusal.Of(RefusalCode.CorrectionChangesNothing);
                }

                corrected = superseded.SupersedeWith(date, omlpType, units, revenue, source, clock.Now);
                await db.SaveChangesAsync(ct); // the old record first: one current record per line at every step (R-KPI-4)
            }
            else
            {
                var (invoiceNumber, lineNumber) = (correction.InvoiceNumber!.Trim(), correction.LineNumber!.Value);
                if (await db.InvoiceLines.AnyAsync(l => l.PartnerId == partnerId && l.InvoiceNumber == invoiceNumber && l.LineNumber == lineNumber, ct))
                {
                    return Refusal.OnField(LineNumberField, RefusalCode.CorrectionLineAlreadyRecorded, invoiceNumber, lineNumber);
                }

                corrected = new InvoiceLine(partnerId, invoiceNumber, lineNumber, date, omlpType, units, revenue, source, clock.Now);
            }

            corrected.FixKpi(rule); // R-KPI-2: valued with the invoice date's program year, fixed now
            db.InvoiceLines.Add(corrected);
            await db.SaveChangesAsync(ct);
            var change = corrected.KpiValue!.Value - (superseded?.KpiValue ?? 0m);
            c.ResolveCorrected(actor.Describe(), clock.Now, correction.Reason.Trim(), corrected.Id, change);
            audit.Record(superseded is null ? AuditAction.KpiRecordAdded : AuditAction.KpiRecordSuperseded,
                AuditSubject.Of(superseded ?? corrected, c.PartnerOrganisationId),
                superseded is null ? null : KpiRecordValues.Of(superseded), KpiRecordValues.Of(corrected), c.Resolution);
            audit.Record(AuditAction.DiscrepancyCaseCorrected, AuditSubject.Of(c), null,
                new CaseStatusValues(c.Status.ToString(), CorrectedLineId: corrected.Id, SupersededLineId: superseded?.Id, KpiChange: change),
                c.Resolution);
            await NotifyAsync(c, partnerId, null, ct);
            return Result.Done();
        }, cancellationToken);

    /// <summary>Loads the open case at the posted version and runs the change, its audit and its notice in one transaction.</summary>
    private async Task<Result> ChangeAsync(int caseId, Guid version, Func<DiscrepancyCase, string, CancellationToken, Task<Result>> change,
        CancellationToken cancellationToken)
    {
        var found = await (from c in db.DiscrepancyCases
                           join o in db.PartnerOrganisations on c.PartnerOrganisationId equals o.Id
                           where c.Id == caseId
                           select new { Case = c, o.PartnerId }).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return Result.NotFound();
        }

        var discrepancy = found.Case;
        if (!discrepancy.IsOpen || discrepancy.Version != version)
        {
            return Refusal.Of(RefusalCode.CaseChangedMeanwhile);
        }

        try
        {
            var outcome = await db.InTransactionAsync(async ct =>
            {
                db.Entry(discrepancy).Property(c => c.Version).OriginalValue = version;
                var result = await change(discrepancy, found.PartnerId, ct);
                if (result.IsDone)
                {
                    await db.SaveChangesAsync(ct);
                }

                // A refusal comes before anything is written: its transaction commits nothing.
                return result;
            }, cancellationToken);
            if (outcome.IsDone)
            {
                signal.Poke(); // committed: email the partner's notice now
            }

            return outcome;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Refusal.Of(RefusalCode.CaseChangedMeanwhile);
        }
        catch (DbUpdateException)
        {
            // A unique key: the record was added by an import or another correction meanwhile.
            db.ChangeTracker.Clear();
            return Refusal.Of(RefusalCode.CaseChangedMeanwhile);
        }
    }

    /// <summary>The case's new state, as its facts: the partner's people read it in their language (issue 24).</summary>
    private async Task NotifyAsync(DiscrepancyCase c, string partnerId, string? question, CancellationToken cancellationToken) =>
        await notifier.NotifyActiveMembersAsync(c.PartnerOrganisationId, NoticeKind.CaseUpdated, CaseNoticeFacts.Of(c, question).ToJson(),
            links.DiscrepancyCase(partnerId, c.Id), cancellationToken);
}
