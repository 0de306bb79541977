using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.DiscrepancyCases;

/// <summary>The documents of a case: its evidence (no message id) or a message's; with an organisation, only that organisation's.</summary>
internal static class CaseDocuments
{
    public static async Task<StoredDocument?> OpenAsync(PortalDbContext db, DocumentStore store, int? organisationId, int caseId, long? messageId,
        CancellationToken cancellationToken)
    {
        var cases = db.DiscrepancyCases.AsNoTracking().Where(c => c.Id == caseId && (organisationId == null || c.PartnerOrganisationId == organisationId));
        var document = messageId is null
            ? await cases.Where(c => c.EvidenceStorageKey != null)
                .Select(c => new { Key = c.EvidenceStorageKey!, Name = c.EvidenceFileName! }).FirstOrDefaultAsync(cancellationToken)
            : await cases.SelectMany(c => c.Messages).Where(m => m.Id == messageId && m.DocumentStorageKey != null)
                .Select(m => new { Key = m.DocumentStorageKey!, Name = m.DocumentFileName! }).FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : await store.OpenDocumentAsync(document.Key, document.Name, cancellationToken);
    }
}
