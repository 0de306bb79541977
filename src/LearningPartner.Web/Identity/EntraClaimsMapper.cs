using System.Security.Claims;
using LearningPartner.Application.Common;
using LearningPartner.Domain.Partners;

namespace LearningPartner.Web.Identity;

/// <summary>
/// Maps the claims Entra ID issues (object id, app roles, name) to a portal user. The local personas sign
/// in with the same claims, so Development, tests and production all go through this one mapping.
/// </summary>
public sealed class EntraClaimsMapper(IPartnerUserLookup lookup)
{
    public async Task<PortalUserIdentity?> MapAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        var objectId = First(principal, PortalClaimTypes.EntraObjectId, PortalClaimTypes.EntraObjectIdShort);
        if (string.IsNullOrWhiteSpace(objectId))
        {
            return null;
        }

        // Only the portal's own app roles count; anything else in the token is ignored.
        var roles = principal.Claims
            .Where(c => c.Type is ClaimTypes.Role or PortalClaimTypes.EntraRoles)
            .Select(c => c.Value)
            .Where(PortalRoles.All.Contains)
            .Distinct()
            .ToList();

        // R-ROLE-4: a partner role acts only for the organisation of its user-to-partner row. Without a
        // row (or once it is removed) the user belongs to no organisation and sees no partner data.
        PartnerContext? partner = null;
        if (roles.Any(PortalRoles.PartnerRoles.Contains))
        {
            partner = await lookup.FindAsync(objectId, cancellationToken);
        }

        var name = First(principal, PortalClaimTypes.EntraName, ClaimTypes.Name, PortalClaimTypes.EntraPreferredUsername)
                   ?? objectId;
        return new PortalUserIdentity(objectId.ToLowerInvariant(), name, roles, partner);
    }

    private static string? First(ClaimsPrincipal principal, params string[] types) =>
        types.Select(t => principal.FindFirst(t)?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
