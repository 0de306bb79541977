using System.Globalization;
using LearningPartner.Domain.Discrepancies;
using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.Infrastructure.Storage;
using LearningPartner.Infrastructure.Time;
using LearningPartner.Web.Features.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Discrepancies;

/// <summary>
/// The partner's side of KPI discrepancy cases (R-DSC-1, R-DSC-3): its list, the form (pre-filled from a dashboard row or
/// blank), the submission with optional evidence, and answers to support's questions. Every read and change is limited to
/// the organisation given, so one partner never reaches another's cases (R-ROLE-4).
/// </summary>
public sealed class DiscrepancyCaseService(
    PortalDbContext db,
    DocumentStore store,
    RuleSetCatalogProvider catalogs,
    AuditTrail audit,
    ICurrentActor actor,
    ProgramClock clock,
    IStringLocalizer<SharedResource> localizer)
{
    public async Task<CaseListViewModel?> GetListAsync(string partnerId, CancellationToken cancellationToken)
    {
        var organisation = await db.PartnerOrganisations.AsNoTracking().FirstOrDefaultAsync(o => o.PartnerId == partnerId, cancellationToken);
        if (organisation is null)
        {
            return null;
        }

        var cases = await CaseRows.Of(db, db.DiscrepancyCases.Where(c => c.PartnerOrganisationId == organisation.Id)
            .OrderByDescending(c => c.SubmittedAt).ThenByDescending(c => c.Id).Take(500)).ToListAsync(cancellationToken);
        return new CaseListViewModel(partnerId, organisation.Name, cases);
    }

    public async Task<CaseFormViewModel?> GetFormAsync(string partnerId, CaseInput input, CancellationToken cancellationToken)
    {
        var organisation = await db.PartnerOrganisations.AsNoTracking().FirstOrDefaultAsync(o => o.PartnerId == partnerId, cancellationToken);
        if (organisation is null)
        {
            return null;
        }

        input.Currency ??= organisation.BillingCurrency;
        input.EvidenceType ??= DocumentTypes.Invoice;
        return new CaseFormViewModel(partnerId, organisation.Name, OmlpChoice.AllIn(catalogs.Catalog), input);
    }

    /// <summary>Stores the case and its evidence; the input was validated. The case id, or the message beside the evidence field.</summary>
    public async Task<(int? CaseId, FormOutcome Outcome)> SubmitAsync(int organisationId, CaseInput input, CancellationToken cancellationToken)
    {
        var (evidence, error) = await StoreAsync(input.Evidence, cancellationToken);
        if (error is not null)
        {
            return (null, FormOutcome.Field(nameof(CaseInput.Evidence), error));
        }

        var claim = CaseFields.ClaimOf(input);
        var discrepancy = new DiscrepancyCase(organisationId, claim, input.Description, evidence, actor.Describe(), clock.Now);
        await db.InTransactionAsync(async ct =>
        {
            db.DiscrepancyCases.Add(discrepancy);
            await db.SaveChangesAsync(ct);
            audit.Record("DiscrepancyCaseSubmitted", nameof(DiscrepancyCase), discrepancy.Id.ToString(CultureInfo.InvariantCulture), organisationId,
                null, CaseAudit.Claim(claim, evidence?.FileName));
            return await db.SaveChangesAsync(ct);
        }, cancellationToken);
        return (discrepancy.Id, FormOutcome.Success);
    }

    /// <summary>The case of this organisation, or null (another organisation's id answers as if it did not exist).</summary>
    public async Task<CaseDetailsViewModel?> GetDetailsAsync(string partnerId, int caseId, CaseMessageInput reply, CancellationToken cancellationToken)
    {
        var found = await (from c in db.DiscrepancyCases.AsNoTracking().Include(c => c.Messages)
                           join o in db.PartnerOrganisations on c.PartnerOrganisationId equals o.Id
                           where c.Id == caseId && o.PartnerId == partnerId
                           select new { Case = c, o.Name }).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : new CaseDetailsViewModel(CaseView.Of(found.Case, partnerId, found.Name), reply);
    }

    /// <summary>The partner answers support's question. Null: no such case of this organisation; otherwise the outcome.</summary>
    public async Task<FormOutcome?> AnswerAsync(int organisationId, int caseId, Guid version, CaseMessageInput input, CancellationToken cancellationToken)
    {
        var discrepancy = await db.DiscrepancyCases.FirstOrDefaultAsync(c => c.Id == caseId && c.PartnerOrganisationId == organisationId, cancellationToken);
        if (discrepancy is null)
        {
            return null;
        }

        if (discrepancy.Status != DiscrepancyStatus.WaitingForPartner || discrepancy.Version != version)
        {
            return FormOutcome.Failure(localizer["This case changed meanwhile; the page now shows where it is."]);
        }

        var (document, error) = await StoreAsync(input.Document, cancellationToken);
        if (error is not null)
        {
            return FormOutcome.Field(nameof(CaseMessageInput.Document), error);
        }

        try
        {
            db.Entry(discrepancy).Property(c => c.Version).OriginalValue = version;
            var message = discrepancy.Answer(actor.Describe(), clock.Now, input.Text!.Trim(), document);
            audit.Record("DiscrepancyCaseAnswered", nameof(DiscrepancyCase), discrepancy.Id.ToString(CultureInfo.InvariantCulture), organisationId,
                new { Status = DiscrepancyStatus.WaitingForPartner.ToString() }, new { Status = discrepancy.Status.ToString(), document?.FileName },
                message.Text);
            await db.SaveChangesAsync(cancellationToken);
            return FormOutcome.Success;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            if (document is not null)
            {
                store.Delete(document.StorageKey);
            }

            return FormOutcome.Failure(localizer["This case changed meanwhile; the page now shows where it is."]);
        }
    }

    /// <summary>A stored document of a case: its evidence (no message id) or a message's. With an organisation id, only that organisation's.</summary>
    public async Task<StoredDocument?> OpenDocumentAsync(int? organisationId, int caseId, long? messageId, CancellationToken cancellationToken)
    {
        var cases = db.DiscrepancyCases.AsNoTracking().Where(c => c.Id == caseId && (organisationId == null || c.PartnerOrganisationId == organisationId));
        var document = messageId is null
            ? await cases.Where(c => c.EvidenceStorageKey != null)
                .Select(c => new { Key = c.EvidenceStorageKey!, Name = c.EvidenceFileName! }).FirstOrDefaultAsync(cancellationToken)
            : await cases.SelectMany(c => c.Messages).Where(m => m.Id == messageId && m.DocumentStorageKey != null)
                .Select(m => new { Key = m.DocumentStorageKey!, Name = m.DocumentFileName! }).FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : await store.OpenDocumentAsync(document.Key, document.Name, cancellationToken);
    }

    /// <summary>Reads, checks (PDF/PNG/JPEG by content, 5 MB) and stores an optional document.</summary>
    private async Task<(CaseDocument? Document, string? Error)> StoreAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return (null, null);
        }

        var (upload, error) = await DocumentUpload.ReadAsync(file, localizer["Attach the invoice document (PDF, PNG or JPEG)."], localizer, cancellationToken);
        if (upload is null)
        {
            return (null, error);
        }

        return (new CaseDocument(upload.FileName, await store.SaveAsync(upload.Content, cancellationToken)), null);
    }
}
