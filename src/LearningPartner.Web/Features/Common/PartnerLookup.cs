using LearningPartner.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Web.Features.Common;

/// <summary>The organisation row behind a {partnerId} route (access was already checked by the route filter).</summary>
public sealed class PartnerLookup(PortalDbContext db)
{
    public Task<int?> FindIdAsync(string partnerId, CancellationToken cancellationToken) =>
        db.PartnerOrganisations.Where(o => o.PartnerId == partnerId).Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken);
}
