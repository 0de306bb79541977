using System.Security.Claims;
using LearningPartner.Domain.Partners;
using LearningPartner.Infrastructure.Seeding;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace LearningPartner.Web.Identity;

/// <summary>
/// Builds the principal of a local persona with the claims Entra ID issues after ASP.NET Core's inbound
/// mapping (tenant id, object id, app roles, name), so the portal maps it exactly as it maps a real Entra user. Only staff
/// roles are app roles; a partner persona's role is its membership's, held by the portal (ADR-012).
/// </summary>
internal static class PersonaPrincipalFactory
{
    public static ClaimsPrincipal Create(DemoPersona persona)
    {
        var claims = new List<Claim>
        {
            // Entra's "sub" arrives as NameIdentifier; antiforgery ties its tokens to it (without one it hashes every claim).
            new(ClaimTypes.NameIdentifier, persona.ObjectId),
            new(PortalClaimTypes.EntraObjectId, persona.ObjectId),
            new(PortalClaimTypes.EntraTenantId, persona.TenantId),
            new(PortalClaimTypes.EntraName, persona.DisplayName),
            new(PortalClaimTypes.EntraPreferredUsername, persona.Email),
        };
        claims.AddRange(persona.Roles.Where(PortalRoles.StaffRoles.Contains).Select(r => new Claim(ClaimTypes.Role, r)));
        var identity = new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme,
            PortalClaimTypes.EntraName, ClaimTypes.Role);
        return new ClaimsPrincipal(identity);
    }
}
