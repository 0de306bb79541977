using System.Globalization;
using LearningPartner.Domain.Discrepancies;
using LearningPartner.Domain.Kpis;
using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Imports;
using LearningPartner.Infrastructure.Notifications;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.Infrastructure.Time;
using LearningPartner.Web.Features.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Discrepancies;

/// <summary>
/// Support's actions on a case (R-DSC-2, R-ROLE-2): take it, ask the partner, reject it, or correct the KPIs. Each is one
/// transaction — the case, the KPI records, the audit entries and the partner's notice together — guarded by the case's
/// version, so of two staff acting on the same case at once the second is told and nothing is applied twice.
/// Results: null when there is no such case; otherwise a <see cref="FormOutcome"/>.
/// </summary>
public sealed class CaseResolutionService(
    PortalDbContext db,
    RuleSetCatalogProvider catalogs,
    AuditTrail audit,
    PartnerNotifier notifier,
    NotificationSignal signal,
    ICurrentActor actor,
    ProgramClock clock,
    IStringLocalizer<SharedResource> localizer)
{
    public Task<FormOutcome?> TakeAsync(int caseId, Guid version, CancellationToken cancellationToken) =>
        ChangeAsync(caseId, version, async (c, partnerId, ct) =>
        {
            var before = new { Status = c.Status.ToString(), c.AssignedTo };
            var wasNew = c.Status == DiscrepancyStatus.Submitted;
            c.Take(actor.Describe(), clock.Now);
            audit.Record("DiscrepancyCaseTaken", nameof(DiscrepancyCase), Key(c.Id), c.PartnerOrganisationId, before,
                new { Status = c.Status.ToString(), c.AssignedTo });
            if (wasNew)
            {
                await NotifyAsync(c, partnerId, null, ct);
            }

            return FormOutcome.Success;
        }, cancellationToken);

    public Task<FormOutcome?> AskAsync(int caseId, Guid version, string question, CancellationToken cancellationToken) =>
        ChangeAsync(caseId, version, async (c, partnerId, ct) =>
        {
            if (c.Status is not (DiscrepancyStatus.Submitted or DiscrepancyStatus.InReview))
            {
                return FormOutcome.Failure(localizer["The case already waits for the partner's answer."]);
            }

            var before = new { Status = c.Status.ToString(), c.AssignedTo };
            c.AskPartner(actor.Describe(), clock.Now, question.Trim());
            audit.Record("DiscrepancyCaseQuestionAsked", nameof(DiscrepancyCase), Key(c.Id), c.PartnerOrganisationId, before,
                new { Status = c.Status.ToString(), c.AssignedTo }, question.Trim());
            await NotifyAsync(c, partnerId, question.Trim(), ct);
            return FormOutcome.Success;
        }, cancellationToken);

    /// <summary>R-DSC-2: rejected with a reason the partner sees; no KPI record changes.</summary>
    public Task<FormOutcome?> RejectAsync(int caseId, Guid version, string reason, CancellationToken cancellationToken) =>
        ChangeAsync(caseId, version, async (c, partnerId, ct) =>
        {
            var before = new { Status = c.Status.ToString() };
            c.Reject(actor.Describe(), clock.Now, reason.Trim());
            audit.Record("DiscrepancyCaseRejected", nameof(DiscrepancyCase), Key(c.Id), c.PartnerOrganisationId, before,
                new { Status = c.Status.ToString() }, c.Resolution);
            await NotifyAsync(c, partnerId, null, ct);
            return FormOutcome.Success;
        }, cancellationToken);

    /// <summary>
    /// R-DSC-2: supersedes a current KPI record with the corrected values, or adds the missing record; the value follows
    /// R-KPI-2 (units × the weight of the invoice date's program year), the partner's totals change at once. The input was
    /// validated.
    /// </summary>
    public Task<FormOutcome?> CorrectAsync(int caseId, Guid version, CorrectionInput input, CancellationToken cancellationToken) =>
        ChangeAsync(caseId, version, async (c, partnerId, ct) =>
        {
            var date = DateInput.Parse(input.InvoiceDate!);
            InvoiceFieldFormat.TryUnits(input.Units, out var units);
            InvoiceFieldFormat.TryRevenue(input.Revenue, out var amount);
            var revenue = new Domain.Common.Money(amount, input.Currency!.Trim().ToUpperInvariant());
            var rule = KpiValuation.RuleFor(catalogs.Catalog, date, input.OmlpType!)!; // the validator checked the year and type
            var source = string.Create(CultureInfo.InvariantCulture, $"case:{c.Id}");
            InvoiceLine corrected;
            InvoiceLine? superseded = null;
            if (input.LineId is { } lineId)
            {
                superseded = await db.InvoiceLines.FirstOrDefaultAsync(l => l.Id == lineId && l.PartnerId == partnerId, ct);
                if (superseded is null)
                {
                    return FormOutcome.Failure(localizer["That KPI record is no longer current or is not this partner's; nothing was applied. The case page shows the current records."]);
                }

                if (superseded.HasValues(date, input.OmlpType!, units, revenue))
                {
                    return FormOutcome.Failure(localizer["These are the recorded values: change at least one, or reject the case instead."]);
                }

                corrected = superseded.SupersedeWith(date, input.OmlpType!, units, revenue, source, clock.Now);
                await db.SaveChangesAsync(ct); // the old record first: one current record per line at every step (R-KPI-4)
            }
            else
            {
                InvoiceFieldFormat.TryLineNumber(input.LineNumber, out var lineNumber);
                var invoiceNumber = input.InvoiceNumber!.Trim();
                if (await db.InvoiceLines.AnyAsync(l => l.PartnerId == partnerId && l.InvoiceNumber == invoiceNumber && l.LineNumber == lineNumber, ct))
                {
                    return FormOutcome.Field(nameof(CorrectionInput.LineNumber),
                        localizer["Invoice {0} line {1} is already recorded: correct that record instead.", invoiceNumber, lineNumber]);
                }

                corrected = new InvoiceLine(partnerId, invoiceNumber, lineNumber, date, input.OmlpType!, units, revenue, source, clock.Now);
            }

            corrected.FixKpi(rule); // R-KPI-2: valued with the invoice date's program year, fixed now
            db.InvoiceLines.Add(corrected);
            await db.SaveChangesAsync(ct);
            var change = corrected.KpiValue!.Value - (superseded?.KpiValue ?? 0m);
            c.ResolveCorrected(actor.Describe(), clock.Now, input.Reason!.Trim(), corrected.Id, change);
            audit.Record(superseded is null ? "KpiRecordAdded" : "KpiRecordSuperseded", nameof(InvoiceLine), Key(superseded?.Id ?? corrected.Id),
                c.PartnerOrganisationId, superseded is null ? null : CaseAudit.Record(superseded), CaseAudit.Record(corrected), c.Resolution);
            audit.Record("DiscrepancyCaseCorrected", nameof(DiscrepancyCase), Key(c.Id), c.PartnerOrganisationId, null,
                new { Status = c.Status.ToString(), CorrectedLineId = corrected.Id, SupersededLineId = superseded?.Id, KpiChange = change }, c.Resolution);
            await NotifyAsync(c, partnerId, null, ct);
            return FormOutcome.Success;
        }, cancellationToken);

    /// <summary>Loads the open case at the posted version and runs the change, its audit and its notice in one transaction.</summary>
    private async Task<FormOutcome?> ChangeAsync(int caseId, Guid version, Func<DiscrepancyCase, string, CancellationToken, Task<FormOutcome>> change,
        CancellationToken cancellationToken)
    {
        var found = await (from c in db.DiscrepancyCases
                           join o in db.PartnerOrganisations on c.PartnerOrganisationId equals o.Id
                           where c.Id == caseId
                           select new { Case = c, o.PartnerId }).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var discrepancy = found.Case;
        if (!discrepancy.IsOpen || discrepancy.Version != version)
        {
            return Conflict();
        }

        try
        {
            var outcome = await db.InTransactionAsync(async ct =>
            {
                db.Entry(discrepancy).Property(c => c.Version).OriginalValue = version;
                var result = await change(discrepancy, found.PartnerId, ct);
                if (result.Succeeded)
                {
                    await db.SaveChangesAsync(ct);
                }

                // A refusal comes before anything is written: its transaction commits nothing.
                return result;
            }, cancellationToken);
            if (outcome.Succeeded)
            {
                signal.Poke(); // committed: email the partner's notice now
            }

            return outcome;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Conflict();
        }
        catch (DbUpdateException)
        {
            // A unique key: the record was added by an import or another correction meanwhile.
            db.ChangeTracker.Clear();
            return Conflict();
        }
    }

    private async Task NotifyAsync(DiscrepancyCase c, string partnerId, string? message, CancellationToken cancellationToken)
    {
        var (subject, body) = CaseNotices.For(c, message);
        await notifier.NotifyAsync(c.PartnerOrganisationId, subject, body, CaseNotices.LinkOf(partnerId, c.Id), cancellationToken);
    }

    private FormOutcome Conflict() => FormOutcome.Failure(localizer["This case was changed by someone else meanwhile; nothing was applied. The page now shows where it is."]);

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
