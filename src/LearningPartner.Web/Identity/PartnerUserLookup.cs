using LearningPartner.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Web.Identity;

internal sealed class PartnerUserLookup(PortalDbContext db) : IPartnerUserLookup
{
    public Task<PartnerLink?> FindAsync(string objectId, CancellationToken cancellationToken = default)
    {
        var key = objectId.ToLowerInvariant();
        return db.PartnerUsers.AsNoTracking()
            .Where(u => u.ObjectId == key)
            .Select(u => new PartnerLink(u.PartnerOrganisationId, u.PartnerOrganisation!.PartnerId, u.PartnerOrganisation.Name))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
