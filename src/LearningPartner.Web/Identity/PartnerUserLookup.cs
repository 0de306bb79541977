using LearningPartner.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Web.Identity;

internal sealed class PartnerUserLookup(PortalDbContext db) : IPartnerUserLookup
{
    // Compiled (issue 12): every signed-in request reads the user's link; compiling skips EF's per-call expression work.
    private static readonly Func<PortalDbContext, string, CancellationToken, Task<PartnerLink?>> ByObjectId =
        EF.CompileAsyncQuery((PortalDbContext db, string key, CancellationToken cancellationToken) => db.PartnerUsers.AsNoTracking()
            .Where(u => u.ObjectId == key)
            .Select(u => new PartnerLink(u.PartnerOrganisationId, u.PartnerOrganisation!.PartnerId, u.PartnerOrganisation.Name))
            .FirstOrDefault());

    public Task<PartnerLink?> FindAsync(string objectId, CancellationToken cancellationToken = default) =>
        ByObjectId(db, objectId.ToLowerInvariant(), cancellationToken);
}
