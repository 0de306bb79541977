using LearningPartner.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.StaffPartners;

/// <summary>R-ROLE-4: staff see every organisation.</summary>
public sealed class PartnerListService(PortalDbContext db)
{
    public Task<List<PartnerSummaryRow>> ListAsync(CancellationToken cancellationToken) =>
        db.PartnerOrganisations.AsNoTracking()
            .OrderBy(o => o.Name)
            .Select(o => new PartnerSummaryRow(
                o.PartnerId,
                o.Name,
                o.CountryCode,
                db.PartnerUsers.Count(u => u.PartnerOrganisationId == o.Id),
                db.Trainers.Count(t => t.PartnerOrganisationId == o.Id),
                db.InvoiceLines.Count(l => l.PartnerId == o.PartnerId)))
            .ToListAsync(cancellationToken);
}
