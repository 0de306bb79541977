using LearningPartner.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.PartnerUsers;

/// <summary>
/// The language a person's emails are written in (issue 23): stored on each of their memberships (ADR-012: a person is their
/// tenant and object id), as they switch language or sign in. A display preference, not partner data: not audited.
/// </summary>
public sealed class LanguagePreferences(PortalDbContext db)
{
    /// <param name="tenantId">The person's Entra tenant.</param>
    /// <param name="objectId">The person's object id.</param>
    /// <param name="culture">A culture the portal supports (the web layer checks it).</param>
    /// <param name="onlyWhereUnset">Only memberships with no language yet: a browser's language does not overrule a choice made.</param>
    /// <param name="cancellationToken">The request's.</param>
    public async Task SetAsync(string tenantId, string objectId, string culture, bool onlyWhereUnset, CancellationToken cancellationToken)
    {
        var (tenant, person) = (tenantId.ToLowerInvariant(), objectId.ToLowerInvariant());
        var memberships = await db.PartnerUsers
            .Where(u => u.TenantId == tenant && u.ObjectId == person && u.PreferredLanguage != culture && (!onlyWhereUnset || u.PreferredLanguage == null))
            .ToListAsync(cancellationToken);
        if (memberships.Count == 0)
        {
            return;
        }

        foreach (var membership in memberships)
        {
            membership.PreferLanguage(culture);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
