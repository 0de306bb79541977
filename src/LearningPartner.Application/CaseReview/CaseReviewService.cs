using System.Globalization;
using LearningPartner.Application.Common;
using LearningPartner.Application.DiscrepancyCases;
using LearningPartner.Domain.Discrepancies;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Programs;
using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.Infrastructure.Storage;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LearningPartner.Application.CaseReview;

/// <summary>
/// Support's side of KPI discrepancy cases (R-DSC-2, R-ROLE-2): the queue, oldest first, and the trace of a case against
/// the stored invoices and KPI records — superseded records included — with its KPI windows and its audit trail.
/// </summary>
public sealed class CaseReviewService(
    PortalDbContext db,
    DocumentStore store,
    RuleSetCatalogProvider catalogs,
    ICurrentActor actor,
    ProgramClock clock,
    IOptions<CaseOptions> options)
{
    private const int QueueSize = 500;

    public async Task<CaseQueue> GetQueueAsync(CaseQueueFilter filter, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var me = actor.Describe();
        var cases = db.DiscrepancyCases.AsNoTracking();
        cases = (filter.Status ?? CaseQueueFilter.Open) switch
        {
            CaseQueueFilter.All => cases,
            var name when Enum.TryParse<DiscrepancyStatus>(name, out var status) && Enum.IsDefined(status) => cases.Where(c => c.Status == status),
            _ => cases.Where(c => c.Status == DiscrepancyStatus.Submitted || c.Status == DiscrepancyStatus.InReview
                                  || c.Status == DiscrepancyStatus.WaitingForPartner),
        };
        if (!string.IsNullOrWhiteSpace(filter.Partner))
        {
            var partner = filter.Partner.Trim();
            var organisations = db.PartnerOrganisations.Where(o => o.PartnerId == partner || o.Name.Contains(partner)).Select(o => o.Id);
            cases = cases.Where(c => organisations.Contains(c.PartnerOrganisationId));
        }

        cases = filter.Assignee switch
        {
            null or "" => cases,
            CaseQueueFilter.Me => cases.Where(c => c.AssignedTo == me),
            CaseQueueFilter.Unassigned => cases.Where(c => c.AssignedTo == null),
            var someone => cases.Where(c => c.AssignedTo == someone),
        };
        if (filter.OlderThanDays is { } days and > 0)
        {
            var before = now.AddDays(-days);
            cases = cases.Where(c => c.SubmittedAt <= before);
        }

        // Oldest first: cases are traced in the order they came.
        var rows = await CaseRow.Of(db, cases.OrderBy(c => c.SubmittedAt).ThenBy(c => c.Id).Take(QueueSize)).ToListAsync(cancellationToken);
        var target = options.Value.Target;
        var items = rows.Select(r =>
        {
            var age = (r.ResolvedAt ?? now) - r.SubmittedAt;
            return new CaseQueueItem(r, age, DiscrepancyCase.IsLate(r.Status, age, target));
        }).ToList();
        var assignees = await db.DiscrepancyCases.AsNoTracking().Where(c => c.AssignedTo != null).Select(c => c.AssignedTo!).Distinct()
            .OrderBy(a => a).ToListAsync(cancellationToken);
        return new CaseQueue(filter, items, assignees, target, me, QueueSize);
    }

    /// <summary>The trace of a case, or null when there is no such case.</summary>
    public async Task<CaseTrace?> GetTraceAsync(int caseId, CancellationToken cancellationToken)
    {
        if (await LoadCaseAsync(caseId, cancellationToken) is not { } view)
        {
            return null;
        }

        var claim = view.Claim;
        var records = await RecordsAsync(view.PartnerId, claim, cancellationToken);
        var held = await db.HeldInvoices.AsNoTracking()
            .Where(h => h.PartnerId == view.PartnerId && h.InvoiceNumber == claim.InvoiceNumber)
            .OrderBy(h => h.LineNumber).ThenBy(h => h.Id)
            .Select(h => new TracedHeldInvoice(h.Id, h.LineNumber, h.InvoiceDate, h.OmlpType, h.Units, h.Revenue, h.Status, h.RefusalReason))
            .ToListAsync(cancellationToken);
        var lineIds = records.Select(r => r.Id.ToString(CultureInfo.InvariantCulture)).ToList();
        var caseKey = caseId.ToString(CultureInfo.InvariantCulture);
        var audit = await db.AuditEntries.AsNoTracking()
            .Where(a => (a.EntityType == nameof(DiscrepancyCase) && a.EntityId == caseKey) || (a.EntityType == nameof(InvoiceLine) && lineIds.Contains(a.EntityId)))
            .OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var now = clock.Now;
        var age = (view.ResolvedAt ?? now) - view.SubmittedAt;
        return new CaseTrace(view, records, held, claim.KpiUnderTheRules(catalogs.Catalog), ProgramYear.NameOf(claim.MonthStart),
            InvoiceMonthReach.Of(claim.MonthStart), clock.Today, age, options.Value.Target, DiscrepancyCase.IsLate(view.Status, age, options.Value.Target),
            view.AssignedTo == actor.Describe(),
            audit.Select(a => new CaseAuditRow(a.At, a.Actor, a.Action, a.EntityType, a.EntityId, AuditValues.Read(a.Before), AuditValues.Read(a.After), a.Reason))
                .ToList());
    }

    /// <summary>
    /// What a correction form is about: the record <paramref name="lineId"/> of the case's partner (a superseded one only when
    /// <paramref name="currentOnly"/> is false: a form sent back after another correction won still shows what it was about), or
    /// a missing record. Null when there is no such case or record.
    /// </summary>
    public async Task<CorrectionTarget?> GetCorrectionAsync(int caseId, long? lineId, bool currentOnly, CancellationToken cancellationToken)
    {
        if (await LoadCaseAsync(caseId, cancellationToken) is not { } view)
        {
            return null;
        }

        var claim = view.Claim;
        TracedRecord? record = null;
        if (lineId is not null)
        {
            var lines = currentOnly ? db.InvoiceLines : db.InvoiceLines.IgnoreQueryFilters();
            var line = await lines.AsNoTracking().FirstOrDefaultAsync(l => l.Id == lineId && l.PartnerId == view.PartnerId, cancellationToken);
            if (line is null)
            {
                return null;
            }

            record = TracedRecord.Of(line, claim);
        }

        var lastLine = await db.InvoiceLines.AsNoTracking().Where(l => l.PartnerId == view.PartnerId && l.InvoiceNumber == claim.InvoiceNumber)
            .MaxAsync(l => (int?)l.LineNumber, cancellationToken);
        return new CorrectionTarget(view, record, (lastLine ?? 0) + 1, OmlpChoice.AllIn(catalogs.Catalog));
    }

    /// <summary>A document of any case: its evidence (no message id) or a message's.</summary>
    public Task<StoredDocument?> OpenDocumentAsync(int caseId, long? messageId, CancellationToken cancellationToken) =>
        CaseDocuments.OpenAsync(db, store, null, caseId, messageId, cancellationToken);

    private async Task<CaseView?> LoadCaseAsync(int caseId, CancellationToken cancellationToken)
    {
        var found = await (from c in db.DiscrepancyCases.AsNoTracking().Include(c => c.Messages)
                           join o in db.PartnerOrganisations on c.PartnerOrganisationId equals o.Id
                           where c.Id == caseId
                           select new { Case = c, o.PartnerId, o.Name }).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : CaseView.Of(found.Case, found.PartnerId, found.Name);
    }

    /// <summary>
    /// Every stored record of the invoice, current and superseded (R-DSC-2: nothing is deleted), in two index reads: the
    /// current ones by their unique key, the superseded ones by their own small index.
    /// </summary>
    private async Task<List<TracedRecord>> RecordsAsync(string partnerId, DiscrepancyClaim claim, CancellationToken cancellationToken)
    {
        var current = await db.InvoiceLines.AsNoTracking().Where(l => l.PartnerId == partnerId && l.InvoiceNumber == claim.InvoiceNumber)
            .ToListAsync(cancellationToken);
        var superseded = await db.InvoiceLines.IgnoreQueryFilters().AsNoTracking()
            .Where(l => l.PartnerId == partnerId && l.InvoiceNumber == claim.InvoiceNumber && l.SupersededAt != null)
            .ToListAsync(cancellationToken);
        return [.. current.Concat(superseded).OrderBy(l => l.LineNumber).ThenBy(l => l.Id).Select(l => TracedRecord.Of(l, claim))];
    }
}
