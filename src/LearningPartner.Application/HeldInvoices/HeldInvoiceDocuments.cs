using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.HeldInvoices;

/// <summary>The stored document of a held invoice; with an organisation, only of that organisation's submissions.</summary>
internal static class HeldInvoiceDocuments
{
    public static async Task<StoredDocument?> OpenAsync(PortalDbContext db, DocumentStore store, int? organisationId, int heldInvoiceId,
        CancellationToken cancellationToken)
    {
        var held = await db.HeldInvoices.AsNoTracking()
            .Where(h => h.Id == heldInvoiceId && (organisationId == null || h.PartnerOrganisationId == organisationId))
            .Select(h => new { h.DocumentStorageKey, h.DocumentFileName })
            .FirstOrDefaultAsync(cancellationToken);
        return held is null ? null : await store.OpenDocumentAsync(held.DocumentStorageKey, held.DocumentFileName, cancellationToken);
    }
}
