using System.Security.Claims;
using LearningPartner.Application.Common;
using LearningPartner.Domain.Partners;

namespace LearningPartner.Web.Identity;

/// <summary>
/// Maps the claims Entra ID issues (tenant id, object id, app roles, name) to a portal user (ADR-012). The local personas
/// sign in with the same claims, so Development, tests and production all go through this one mapping.
/// </summary>
/// <remarks>
/// A person is (tenant id, object id): object ids are unique only inside a tenant. Staff roles come from app roles only in
/// tokens of the operator's home tenant (R-ROLE-6). Partner roles come from the person's memberships, held by the portal;
/// a token's partner app role counts only for a membership made before roles were held (its role is null) and only from
/// the home tenant, where those links were made.
/// </remarks>
public sealed class EntraClaimsMapper(IPartnerUserLookup lookup, HomeTenant home)
{
    /// <param name="principal">The signed-in principal.</param>
    /// <param name="actingFor">
    /// The partner id the request names (its route) or the person last chose; the person acts for that organisation when
    /// they belong to it, otherwise for their first.
    /// </param>
    /// <param name="cancellationToken">The request's.</param>
    public async Task<PortalUserIdentity?> MapAsync(ClaimsPrincipal principal, string? actingFor = null, CancellationToken cancellationToken = default)
    {
        var objectId = First(principal, PortalClaimTypes.EntraObjectId, PortalClaimTypes.EntraObjectIdShort);
        var tenantId = First(principal, PortalClaimTypes.EntraTenantId, PortalClaimTypes.EntraTenantIdShort);
        if (string.IsNullOrWhiteSpace(objectId) || string.IsNullOrWhiteSpace(tenantId))
        {
            return null;
        }

        // Only the portal's own app roles count; anything else in the token is ignored.
        var appRoles = principal.Claims
            .Where(c => c.Type is ClaimTypes.Role or PortalClaimTypes.EntraRoles)
            .Select(c => c.Value)
            .Where(PortalRoles.All.Contains)
            .ToHashSet(StringComparer.Ordinal);
        var fromHome = home.Issued(tenantId);
        var roles = fromHome ? PortalRoles.StaffRoles.Where(appRoles.Contains).ToList() : [];

        // R-ROLE-4: a partner role acts only for an organisation the person is an active member of.
        var legacyRole = fromHome ? PortalRoles.PartnerRoles.FirstOrDefault(appRoles.Contains) : null;
        var memberships = (await lookup.FindAsync(tenantId, objectId, cancellationToken))
            .Select(m => m with { Role = m.Role ?? legacyRole })
            .Where(m => m.Role is not null)
            .ToList();
        var acting = memberships.FirstOrDefault(m => string.Equals(m.Partner.PartnerId, actingFor, StringComparison.Ordinal))
                     ?? memberships.FirstOrDefault();
        if (acting is not null)
        {
            roles.Add(acting.Role!);
        }

        var name = First(principal, PortalClaimTypes.EntraName, ClaimTypes.Name, PortalClaimTypes.EntraPreferredUsername)
                   ?? objectId;
        // R-ORG-2: the email an invitation must match. Entra's "email" claim when the token has it and does not say its domain is
        // unverified ("xms_edov" false: the tenant does not own the address's domain, so anyone could have typed it); otherwise
        // "preferred_username", which for a work account is its sign-in name on a domain its own tenant has verified.
        var emailDomainUnverified = principal.FindFirst(PortalClaimTypes.EntraEmailDomainOwnerVerified)?.Value is { } edov
                                    && (edov.Equals("false", StringComparison.OrdinalIgnoreCase) || edov == "0");
        var email = emailDomainUnverified
            ? First(principal, PortalClaimTypes.EntraPreferredUsername)
            : First(principal, PortalClaimTypes.EntraEmail, PortalClaimTypes.EntraEmailMapped, PortalClaimTypes.EntraPreferredUsername);
        return new PortalUserIdentity(objectId.ToLowerInvariant(), tenantId.ToLowerInvariant(), name, roles, acting?.Partner,
            [.. memberships.Select(m => m.Partner.PartnerId)], email?.Trim(),
            memberships.DistinctBy(m => m.Partner.PartnerId).ToDictionary(m => m.Partner.PartnerId, m => m.Partner.Name, StringComparer.Ordinal));
    }

    private static string? First(ClaimsPrincipal principal, params string[] types) =>
        types.Select(t => principal.FindFirst(t)?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
