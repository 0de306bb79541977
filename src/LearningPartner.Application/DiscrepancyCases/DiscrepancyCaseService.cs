using LearningPartner.Application.Common;
using LearningPartner.Domain.Discrepancies;
using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.Infrastructure.Storage;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.DiscrepancyCases;

/// <summary>
/// The partner's side of KPI discrepancy cases (R-DSC-1, R-DSC-3): its list, the submission with optional evidence, and answers
/// to support's questions. Every read and change is limited to the partner given, so one partner never reaches another's cases
/// (R-ROLE-4).
/// </summary>
public sealed class DiscrepancyCaseService(
    PortalDbContext db,
    DocumentStore store,
    RuleSetCatalogProvider catalogs,
    AuditLog audit,
    ICurrentActor actor,
    ProgramClock clock)
{
    /// <summary>The form fields a case's evidence and an answer's document are sent in.</summary>
    public const string EvidenceField = nameof(CaseSubmission.Evidence);

    public const string DocumentField = "Document";

    public async Task<PartnerCases> ListAsync(PartnerContext partner, CancellationToken cancellationToken) =>
        new(partner, await CaseRow.Of(db, db.DiscrepancyCases.Where(c => c.PartnerOrganisationId == partner.OrganisationId)
            .OrderByDescending(c => c.SubmittedAt).ThenByDescending(c => c.Id).Take(500)).ToListAsync(cancellationToken));

    /// <summary>The OMLP types a claim can name.</summary>
    public IReadOnlyList<OmlpChoice> OmlpTypes() => OmlpChoice.AllIn(catalogs.Catalog);

    /// <summary>Stores the case and its evidence; answers with the case's id.</summary>
    public async Task<Result<int>> SubmitAsync(PartnerContext partner, CaseSubmission submission, CancellationToken cancellationToken)
    {
        var (evidence, refusal) = await StoreAsync(submission.Evidence, EvidenceField, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var discrepancy = new DiscrepancyCase(partner.OrganisationId, submission.Claim, submission.Description, evidence, actor.Describe(), clock.Now);
        await db.InTransactionAsync(async ct =>
        {
            db.DiscrepancyCases.Add(discrepancy);
            await db.SaveChangesAsync(ct);
            audit.Record(AuditAction.DiscrepancyCaseSubmitted, AuditSubject.Of(discrepancy), null, ClaimValues.Of(submission.Claim, evidence?.FileName));
            return await db.SaveChangesAsync(ct);
        }, cancellationToken);
        return discrepancy.Id;
    }

    /// <summary>The case of this partner, or null (another organisation's id answers as if it did not exist).</summary>
    public async Task<CaseView?> GetAsync(PartnerContext partner, int caseId, CancellationToken cancellationToken)
    {
        var found = await db.DiscrepancyCases.AsNoTracking().Include(c => c.Messages)
            .FirstOrDefaultAsync(c => c.Id == caseId && c.PartnerOrganisationId == partner.OrganisationId, cancellationToken);
        return found is null ? null : CaseView.Of(found, partner.PartnerId, partner.Name);
    }

    /// <summary>The partner answers support's question (R-DSC-2), optionally with the invoice (R-DSC-3).</summary>
    public async Task<Result> AnswerAsync(PartnerContext partner, int caseId, Guid version, string text, UploadedFile? file,
        CancellationToken cancellationToken)
    {
        var discrepancy = await db.DiscrepancyCases.FirstOrDefaultAsync(c => c.Id == caseId && c.PartnerOrganisationId == partner.OrganisationId,
            cancellationToken);
        if (discrepancy is null)
        {
            return Result.NotFound();
        }

        if (discrepancy.Status != DiscrepancyStatus.WaitingForPartner || discrepancy.Version != version)
        {
            return Refusal.Of(RefusalCode.CaseChangedBeforeAnswer);
        }

        var (document, refusal) = await StoreAsync(file, DocumentField, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        try
        {
            db.Entry(discrepancy).Property(c => c.Version).OriginalValue = version;
            var message = discrepancy.Answer(actor.Describe(), clock.Now, text.Trim(), document);
            audit.Record(AuditAction.DiscrepancyCaseAnswered, AuditSubject.Of(discrepancy),
                new CaseStatusValues(DiscrepancyStatus.WaitingForPartner.ToString()),
                new CaseStatusValues(discrepancy.Status.ToString(), Document: document?.FileName), message.Text);
            await db.SaveChangesAsync(cancellationToken);
            return Result.Done();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            if (document is not null)
            {
                store.Delete(document.StorageKey);
            }

            return Refusal.Of(RefusalCode.CaseChangedBeforeAnswer);
        }
    }

    /// <summary>A document of one of the partner's cases: its evidence (no message id) or a message's.</summary>
    public Task<StoredDocument?> OpenDocumentAsync(PartnerContext partner, int caseId, long? messageId, CancellationToken cancellationToken) =>
        CaseDocuments.OpenAsync(db, store, partner.OrganisationId, caseId, messageId, cancellationToken);

    /// <summary>Reads, checks (PDF/PNG/JPEG by content, 5 MB) and stores an optional document.</summary>
    private async Task<(CaseDocument? Document, Refusal? Refusal)> StoreAsync(UploadedFile? file, string field, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return (null, null);
        }

        var (upload, refusal) = await DocumentUpload.ReadAsync(file, field, RefusalCode.InvoiceDocumentMissing, cancellationToken);
        return upload is null
            ? (null, refusal)
            : (new CaseDocument(upload.FileName, await store.SaveAsync(upload.Content, cancellationToken)), null);
    }
}
