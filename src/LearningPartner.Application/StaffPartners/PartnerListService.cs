using LearningPartner.Domain.Partners;
using LearningPartner.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.StaffPartners;

/// <summary>R-ROLE-4: staff see every organisation, with its verification status (R-ORG-1).</summary>
public sealed class PartnerListService(PortalDbContext db)
{
    public async Task<List<PartnerSummaryRow>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await db.PartnerOrganisations.AsNoTracking()
            .OrderBy(o => o.Name)
            .Select(o => new
            {
                o.PartnerId,
                o.Name,
                o.CountryCode,
                Users = db.PartnerUsers.Count(u => u.PartnerOrganisationId == o.Id),
                Trainers = db.Trainers.Count(t => t.PartnerOrganisationId == o.Id),
                InvoiceLines = db.InvoiceLines.Count(l => l.PartnerId == o.PartnerId),
                o.RegisteredAt,
                o.VerifiedAt,
                o.RejectedAt,
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new PartnerSummaryRow(r.PartnerId, r.Name, r.CountryCode, r.Users, r.Trainers, r.InvoiceLines,
            PartnerOrganisation.StatusOf(r.RegisteredAt, r.VerifiedAt, r.RejectedAt)))];
    }
}
