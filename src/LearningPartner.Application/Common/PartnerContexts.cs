using LearningPartner.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.Common;

/// <summary>
/// The context of a partner named by its program partner id, for staff, who read every organisation (R-ROLE-4): one read
/// of the organisation row, its data version included, before any page reads its other rows.
/// </summary>
public sealed class PartnerContexts(PortalDbContext db)
{
    private static readonly Func<PortalDbContext, string, CancellationToken, Task<PartnerContext?>> ByPartnerId =
        EF.CompileAsyncQuery((PortalDbContext db, string partnerId, CancellationToken cancellationToken) => db.PartnerOrganisations
            .AsNoTracking()
            .Where(o => o.PartnerId == partnerId)
            .Select(o => new PartnerContext(o.Id, o.PartnerId, o.Name, o.CountryCode, o.BillingCurrency,
                EF.Property<long>(o, PartnerDataVersion.Property)))
            .FirstOrDefault());

    /// <summary>Null when no organisation has this partner id.</summary>
    public Task<PartnerContext?> FindAsync(string partnerId, CancellationToken cancellationToken) => ByPartnerId(db, partnerId, cancellationToken);
}
