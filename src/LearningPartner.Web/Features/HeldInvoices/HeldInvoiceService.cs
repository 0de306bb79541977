using System.Globalization;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Kpis;
using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Imports;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.Infrastructure.Storage;
using LearningPartner.Infrastructure.Time;
using LearningPartner.Web.Features.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.HeldInvoices;

/// <summary>
/// Partner-held invoices (issue 7): a partner admin submits an invoice line with its document; it becomes a KPI record
/// only when support staff verify it against the document (R-KPI-1, R-KPI-3). A line already recorded is never
/// recorded twice nor overwritten (R-KPI-4).
/// </summary>
public sealed class HeldInvoiceService(
    PortalDbContext db,
    DocumentStore store,
    RuleSetCatalogProvider catalogs,
    AuditTrail audit,
    ICurrentActor actor,
    ProgramClock clock,
    IStringLocalizer<SharedResource> localizer)
{
    public async Task<HeldInvoicesViewModel?> GetPageAsync(string partnerId, HeldInvoiceInput input, CancellationToken cancellationToken)
    {
        var organisation = await db.PartnerOrganisations.AsNoTracking().FirstOrDefaultAsync(o => o.PartnerId == partnerId, cancellationToken);
        if (organisation is null)
        {
            return null;
        }

        var invoices = await Rows(db.HeldInvoices.Where(h => h.PartnerOrganisationId == organisation.Id).OrderByDescending(h => h.Id).Take(200))
            .ToListAsync(cancellationToken);
        input.DocumentType ??= DocumentTypes.Invoice;
        input.Currency ??= organisation.BillingCurrency;
        return new HeldInvoicesViewModel(partnerId, organisation.Name, invoices, OmlpChoice.AllIn(catalogs.Catalog), input);
    }

    /// <summary>Stores the submission and its document, or says why not. The input was validated.</summary>
    public async Task<FormOutcome> SubmitAsync(int organisationId, string partnerId, HeldInvoiceInput input, CancellationToken cancellationToken)
    {
        var (upload, error) = await DocumentUpload.ReadAsync(input.Document, localizer["Attach the invoice document (PDF, PNG or JPEG)."], localizer,
            cancellationToken);
        if (upload is null)
        {
            return FormOutcome.Field(nameof(HeldInvoiceInput.Document), error!);
        }

        InvoiceFieldFormat.TryLineNumber(input.LineNumber, out var lineNumber);
        InvoiceFieldFormat.TryUnits(input.Units, out var units);
        InvoiceFieldFormat.TryRevenue(input.Revenue, out var revenue);
        var invoiceNumber = input.InvoiceNumber!.Trim();
        if (await RecordedAsync(partnerId, invoiceNumber, lineNumber, cancellationToken) is { } recorded)
        {
            // R-KPI-4: a recorded line is not recorded again, and never overwritten from here.
            return FormOutcome.Failure(recorded.HasValues(DateInput.Parse(input.InvoiceDate!), input.OmlpType!, units, new Money(revenue, input.Currency!.Trim()))
                ? localizer["Invoice {0} line {1} is already recorded and counts; there is nothing to submit.", invoiceNumber, lineNumber]
                : localizer["Invoice {0} line {1} is already recorded with other values ({2}). If the recorded line is wrong, open a KPI discrepancy case.",
                    invoiceNumber, lineNumber, recorded.DescribeValues()]);
        }

        var key = await store.SaveAsync(upload.Content, cancellationToken);
        var held = new HeldInvoice(organisationId, partnerId, invoiceNumber, lineNumber, DateInput.Parse(input.InvoiceDate!), input.OmlpType!,
            units, new Money(revenue, input.Currency!.Trim().ToUpperInvariant()), upload.FileName, key, actor.Describe(), clock.Now);
        try
        {
            await db.InTransactionAsync(async ct =>
            {
                db.HeldInvoices.Add(held);
                await db.SaveChangesAsync(ct);
                audit.Record("HeldInvoiceSubmitted", nameof(HeldInvoice), held.Id.ToString(CultureInfo.InvariantCulture), organisationId, null,
                    new { held.InvoiceNumber, held.LineNumber, held.InvoiceDate, held.OmlpType, held.Units, Revenue = held.Revenue.ToString(), held.DocumentFileName });
                return await db.SaveChangesAsync(ct);
            }, cancellationToken);
            return FormOutcome.Success;
        }
        catch (DbUpdateException)
        {
            // The unique pending key: this line already waits for verification (a second click, another admin).
            db.ChangeTracker.Clear();
            store.Delete(key);
            return FormOutcome.Failure(localizer["Invoice {0} line {1} is already waiting for verification.", invoiceNumber, lineNumber]);
        }
    }

    /// <summary>The document of a submission; with an organisation id, only of that organisation's submissions.</summary>
    public async Task<StoredDocument?> OpenDocumentAsync(int? organisationId, int heldInvoiceId, CancellationToken cancellationToken)
    {
        var held = await db.HeldInvoices.AsNoTracking()
            .Where(h => h.Id == heldInvoiceId && (organisationId == null || h.PartnerOrganisationId == organisationId))
            .Select(h => new { h.DocumentStorageKey, h.DocumentFileName })
            .FirstOrDefaultAsync(cancellationToken);
        return held is null ? null : await store.OpenDocumentAsync(held.DocumentStorageKey, held.DocumentFileName, cancellationToken);
    }

    public async Task<HeldInvoiceReviewViewModel> GetReviewAsync(CancellationToken cancellationToken)
    {
        // Oldest first: submissions are verified in the order they came.
        var awaiting = await Rows(db.HeldInvoices.Where(h => h.Status == HeldInvoiceStatus.Submitted).OrderBy(h => h.SubmittedAt).ThenBy(h => h.Id)
            .Take(200)).ToListAsync(cancellationToken);
        var reviewed = await Rows(db.HeldInvoices.Where(h => h.Status != HeldInvoiceStatus.Submitted).OrderByDescending(h => h.ReviewedAt)
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

        return new HeldInvoiceReviewViewModel(items, reviewed);
    }

    /// <summary>Records the line as a KPI record. Null: no such submission; empty: done; otherwise why not.</summary>
    public async Task<string?> VerifyAsync(int heldInvoiceId, Guid version, CancellationToken cancellationToken)
    {
        var held = await db.HeldInvoices.FirstOrDefaultAsync(h => h.Id == heldInvoiceId, cancellationToken);
        if (held is null)
        {
            return null;
        }

        if (held.Status != HeldInvoiceStatus.Submitted || held.Version != version)
        {
            return localizer["This invoice was reviewed or changed meanwhile; the page now shows where it is."];
        }

        if (await RecordedAsync(held.PartnerId, held.InvoiceNumber, held.LineNumber, cancellationToken) is { } recorded)
        {
            return localizer["Invoice {0} line {1} is already recorded ({2}); refuse this submission with a reason instead.",
                held.InvoiceNumber, held.LineNumber, recorded.DescribeValues()];
        }

        var rule = KpiValuation.RuleFor(catalogs.Catalog, held.InvoiceDate, held.OmlpType);
        if (rule is null)
        {
            return localizer["No program-year rule set values this line; refuse it with a reason instead."];
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
                audit.Record("HeldInvoiceVerified", nameof(HeldInvoice), held.Id.ToString(CultureInfo.InvariantCulture), held.PartnerOrganisationId,
                    null, new { held.InvoiceNumber, held.LineNumber, line.KpiValue, line.KpiCategory });
                return await db.SaveChangesAsync(ct);
            }, cancellationToken);
            return string.Empty;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return localizer["This invoice was reviewed or changed meanwhile; the page now shows where it is."];
        }
        catch (DbUpdateException)
        {
            // The line's unique key: an import recorded it between the check above and this save.
            db.ChangeTracker.Clear();
            return localizer["This line was recorded by another source meanwhile; nothing was changed. Reload to see it."];
        }
    }

    /// <summary>Refuses with the reason the partner will see. Null: no such submission; empty: done; otherwise why not.</summary>
    public async Task<string?> RefuseAsync(int heldInvoiceId, Guid version, string reason, CancellationToken cancellationToken)
    {
        var held = await db.HeldInvoices.FirstOrDefaultAsync(h => h.Id == heldInvoiceId, cancellationToken);
        if (held is null)
        {
            return null;
        }

        if (held.Status != HeldInvoiceStatus.Submitted || held.Version != version)
        {
            return localizer["This invoice was reviewed or changed meanwhile; the page now shows where it is."];
        }

        try
        {
            db.Entry(held).Property(h => h.Version).OriginalValue = version;
            held.Refuse(actor.Describe(), clock.Now, reason.Trim());
            audit.Record("HeldInvoiceRefused", nameof(HeldInvoice), held.Id.ToString(CultureInfo.InvariantCulture), held.PartnerOrganisationId,
                null, new { held.InvoiceNumber, held.LineNumber }, held.RefusalReason);
            await db.SaveChangesAsync(cancellationToken);
            return string.Empty;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return localizer["This invoice was reviewed or changed meanwhile; the page now shows where it is."];
        }
    }

    /// <summary>Projects already filtered, ordered and limited submissions (a record cannot be ordered by in SQL).</summary>
    private IQueryable<HeldInvoiceRow> Rows(IQueryable<HeldInvoice> ordered) =>
        ordered.AsNoTracking().Select(h => new HeldInvoiceRow(h.Id, h.PartnerId,
            db.PartnerOrganisations.Where(o => o.Id == h.PartnerOrganisationId).Select(o => o.Name).First(), h.InvoiceNumber, h.LineNumber,
            h.InvoiceDate, h.OmlpType, h.Units, h.Revenue, h.SubmittedAt, h.SubmittedBy, h.Status, h.ReviewedAt, h.RefusalReason, h.Version));

    private Task<InvoiceLine?> RecordedAsync(string partnerId, string invoiceNumber, int lineNumber, CancellationToken cancellationToken) =>
        db.InvoiceLines.AsNoTracking()
            .FirstOrDefaultAsync(l => l.PartnerId == partnerId && l.InvoiceNumber == invoiceNumber && l.LineNumber == lineNumber, cancellationToken);
}
