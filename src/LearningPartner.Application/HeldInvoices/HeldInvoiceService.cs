using LearningPartner.Application.Common;
using LearningPartner.Domain.Kpis;
using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.Infrastructure.Storage;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.HeldInvoices;

/// <summary>
/// A partner's held invoices (issue 7): a partner admin submits an invoice line with its document; it becomes a KPI record
/// only when support staff verify it against the document (R-KPI-1, R-KPI-3, <see cref="HeldInvoiceReview"/>). A line
/// already recorded is never recorded twice nor overwritten (R-KPI-4).
/// </summary>
public sealed class HeldInvoiceService(
    PortalDbContext db,
    DocumentStore store,
    RuleSetCatalogProvider catalogs,
    AuditLog audit,
    ICurrentActor actor,
    ProgramClock clock)
{
    /// <summary>The form field the invoice document is sent in.</summary>
    public const string DocumentField = nameof(HeldInvoiceSubmission.Document);

    public async Task<PartnerHeldInvoices> ListAsync(PartnerContext partner, CancellationToken cancellationToken) =>
        new(partner,
            await HeldInvoiceRow.Of(db, db.HeldInvoices.Where(h => h.PartnerOrganisationId == partner.OrganisationId).OrderByDescending(h => h.Id)
                .Take(200)).ToListAsync(cancellationToken),
            OmlpChoice.AllIn(catalogs.Catalog));

    /// <summary>Stores the submission and its document, or says why not.</summary>
    public async Task<Result> SubmitAsync(PartnerContext partner, HeldInvoiceSubmission submission, CancellationToken cancellationToken)
    {
        var (upload, refusal) = await DocumentUpload.ReadAsync(submission.Document, DocumentField, RefusalCode.InvoiceDocumentMissing,
            cancellationToken);
        if (upload is null)
        {
            return refusal!;
        }

        var (invoiceNumber, lineNumber) = (submission.InvoiceNumber.Trim(), submission.LineNumber);
        if (await RecordedLines.FindAsync(db, partner.PartnerId, invoiceNumber, lineNumber, cancellationToken) is { } recorded)
        {
            // R-KPI-4: a recorded line is not recorded again, and never overwritten from here.
            return recorded.HasValues(submission.InvoiceDate, submission.OmlpType, submission.Units, submission.Revenue)
                ? Refusal.Of(RefusalCode.LineAlreadyRecorded, invoiceNumber, lineNumber)
                : Refusal.Of(RefusalCode.LineRecordedWithOtherValues, invoiceNumber, lineNumber, recorded.DescribeValues());
        }

        var key = await store.SaveAsync(upload.Content, cancellationToken);
        var held = new HeldInvoice(partner.OrganisationId, partner.PartnerId, invoiceNumber, lineNumber, submission.InvoiceDate,
            submission.OmlpType, submission.Units, submission.Revenue, upload.FileName, key, actor.Describe(), clock.Now);
        try
        {
            await db.InTransactionAsync(async ct =>
            {
                db.HeldInvoices.Add(held);
                await db.SaveChangesAsync(ct);
                audit.Record(AuditAction.HeldInvoiceSubmitted, AuditSubject.Of(held), null, SubmittedValues.Of(held));
                return await db.SaveChangesAsync(ct);
            }, cancellationToken);
            return Result.Done();
        }
        catch (DbUpdateException)
        {
            // The unique pending key: this line already waits for verification (a second click, another admin).
            db.ChangeTracker.Clear();
            store.Delete(key);
            return Refusal.Of(RefusalCode.LineAwaitingVerification, invoiceNumber, lineNumber);
        }
    }

    /// <summary>The document of one of the partner's submissions.</summary>
    public Task<StoredDocument?> OpenDocumentAsync(PartnerContext partner, int heldInvoiceId, CancellationToken cancellationToken) =>
        HeldInvoiceDocuments.OpenAsync(db, store, partner.OrganisationId, heldInvoiceId, cancellationToken);

    /// <summary>A submission as the audit trail records it.</summary>
    private sealed record SubmittedValues(string InvoiceNumber, int LineNumber, DateOnly InvoiceDate, string OmlpType, int Units, string Revenue,
        string DocumentFileName)
    {
        public static SubmittedValues Of(HeldInvoice h) =>
            new(h.InvoiceNumber, h.LineNumber, h.InvoiceDate, h.OmlpType, h.Units, h.Revenue.ToString(), h.DocumentFileName);
    }
}
