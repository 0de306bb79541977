using LearningPartner.Application.Common;
using LearningPartner.Application.HeldInvoices;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Notifications;
using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Notifications;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.Infrastructure.Storage;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.HeldInvoiceReview;

/// <summary>
/// Support staff verify partner-held invoices against their documents, or refuse them with a reason (R-ROLE-2, issue 7).
/// Verifying records the line as a KPI record valued with its invoice date's program year (R-KPI-2); a line already recorded
/// is never recorded twice nor overwritten (R-KPI-4); a stale decision is refused.
/// </summary>
public sealed class HeldInvoiceReviewService(
    PortalDbContext db,
    DocumentStore store,
    RuleSetCatalogProvider catalogs,
    AuditLog audit,
    ICurrentActor actor,
    PartnerNotifier notifier,
    NotificationSignal signal,
    IPortalLinks links,
    ProgramClock clock)
{
    public async Task<HeldInvoiceQueue> GetQueueAsync(CancellationToken cancellationToken)
    {
        // Oldest first: submissions are verified in the order they came.
        var awaiting = await HeldInvoiceRow.Of(db, db.HeldInvoices.Where(h => h.Status == HeldInvoiceStatus.Submitted).OrderBy(h => h.SubmittedAt)
            .ThenBy(h => h.Id).Take(200)).ToListAsync(cancellationToken);
        var reviewed = await HeldInvoiceRow.Of(db, db.HeldInvoices.Where(h => h.Status != HeldInvoiceStatus.Submitted).OrderByDescending(h => h.ReviewedAt)
            .ThenByDescending(h => h.Id).Take(50)).ToListAsync(cancellationToken);
        // The recorded lines these submissions would meet (R-KPI-4), read in one query rather than one per submission.
        var invoiceNumbers = awaiting.Select(r => r.InvoiceNumber).Distinct().ToList();
        var partnerIds = awaiting.Select(r => r.PartnerId).Distinct().ToList();
        var recorded = (await db.InvoiceLines.AsNoTracking()
                .Where(l => partnerIds.Contains(l.PartnerId) && invoiceNumbers.Contains(l.InvoiceNumber)).ToListAsync(cancellationToken))
            .ToDictionary(l => HeldInvoice.KeyOf(l.PartnerId, l.InvoiceNumber, l.LineNumber));
        var items = awaiting.Select(row =>
        {
            var rule = KpiValuation.RuleFor(catalogs.Catalog, row.InvoiceDate, row.OmlpType);
            return new HeldInvoiceReviewItem(row, rule is null ? null : KpiValuation.ValueOf(row.Units, rule),
                recorded.GetValueOrDefault(HeldInvoice.KeyOf(row.PartnerId, row.InvoiceNumber, row.LineNumber))?.DescribeValues());
        }).ToList();

        return new HeldInvoiceQueue(items, reviewed);
    }

    /// <summary>The document of any submission.</summary>
    public Task<StoredDocument?> OpenDocumentAsync(int heldInvoiceId, CancellationToken cancellationToken) =>
        HeldInvoiceDocuments.OpenAsync(db, store, null, heldInvoiceId, cancellationToken);

    /// <summary>Records the line as a KPI record (R-KPI-1, R-KPI-2).</summary>
    public async Task<Result> VerifyAsync(int heldInvoiceId, Guid version, CancellationToken cancellationToken)
    {
        var held = await db.HeldInvoices.FirstOrDefaultAsync(h => h.Id == heldInvoiceId, cancellationToken);
        if (held is null)
        {
            return Result.NotFound();
        }

        if (held.Status != HeldInvoiceStatus.Submitted || held.Version != version)
        {
            return Refusal.Of(RefusalCode.HeldInvoiceReviewedMeanwhile);
        }

        if (await RecordedLines.FindAsync(db, held.PartnerId, held.InvoiceNumber, held.LineNumber, cancellationToken) is { } recorded)
        {
            return Refusal.Of(RefusalCode.LineRecordedRefuseInstead, held.InvoiceNumber, held.LineNumber, recorded.DescribeValues());
        }

        var rule = KpiValuation.RuleFor(catalogs.Catalog, held.InvoiceDate, held.OmlpType);
        if (rule is null)
        {
            return Refusal.Of(RefusalCode.LineNotValued);
        }

        try
        {
            await db.InTransactionAsync(async ct =>
            {
                db.Entry(held).Property(h => h.Version).OriginalValue = version;
                held.Verify(actor.Describe(), clock.Now);
                var line = held.ToInvoiceLine(clock.Now);
                line.FixKpi(rule); // R-KPI-2: valued with the invoice date's program year, fixed now.
                db.InvoiceLines.Add(line);
                audit.Record(AuditAction.HeldInvoiceVerified, AuditSubject.Of(held), null,
                    new ReviewValues(held.InvoiceNumber, held.LineNumber, line.KpiValue, line.KpiCategory));
                await NotifyAsync(held, NoticeKind.HeldInvoiceVerified, line.KpiValue, line.KpiCategory, null, ct);
                return await db.SaveChangesAsync(ct);
            }, cancellationToken);
            signal.Poke();
            return Result.Done();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Refusal.Of(RefusalCode.HeldInvoiceReviewedMeanwhile);
        }
        catch (DbUpdateException)
        {
            // The line's unique key: an import recorded it between the check above and this save.
            db.ChangeTracker.Clear();
            return Refusal.Of(RefusalCode.LineRecordedByAnotherSource);
        }
    }

    /// <summary>Refuses with the reason the partner will see.</summary>
    public async Task<Result> RefuseAsync(int heldInvoiceId, Guid version, string reason, CancellationToken cancellationToken)
    {
        var held = await db.HeldInvoices.FirstOrDefaultAsync(h => h.Id == heldInvoiceId, cancellationToken);
        if (held is null)
        {
            return Result.NotFound();
        }

        if (held.Status != HeldInvoiceStatus.Submitted || held.Version != version)
        {
            return Refusal.Of(RefusalCode.HeldInvoiceReviewedMeanwhile);
        }

        try
        {
            db.Entry(held).Property(h => h.Version).OriginalValue = version;
            held.Refuse(actor.Describe(), clock.Now, reason.Trim());
            audit.Record(AuditAction.HeldInvoiceRefused, AuditSubject.Of(held), null, new ReviewValues(held.InvoiceNumber, held.LineNumber),
                held.RefusalReason);
            await NotifyAsync(held, NoticeKind.HeldInvoiceRefused, null, null, held.RefusalReason, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            signal.Poke();
            return Result.Done();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Refusal.Of(RefusalCode.HeldInvoiceReviewedMeanwhile);
        }
    }

    // The partner hears of the decision by a notice saved with it (one transaction), mailed in each member's language.
    private Task NotifyAsync(HeldInvoice held, NoticeKind kind, decimal? kpi, string? category, string? reason, CancellationToken cancellationToken) =>
        notifier.NotifyActiveMembersAsync(held.PartnerOrganisationId, kind,
            new HeldInvoiceDecisionFacts(held.InvoiceNumber, held.LineNumber, held.InvoiceDate, clock.Today, kpi, category, reason).ToJson(),
            links.HeldInvoices(held.PartnerId), cancellationToken);

    /// <summary>A review as the audit trail records it: the line, and the KPI it now counts (verified).</summary>
    private sealed record ReviewValues(string InvoiceNumber, int LineNumber, decimal? KpiValue = null, string? KpiCategory = null);
}
