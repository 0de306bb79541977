using System.Security.Claims;
using LearningPartner.Infrastructure.Seeding;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace LearningPartner.Web.Identity;

/// <summary>
/// Builds the principal of a local persona with the claims Entra ID issues after ASP.NET Core's inbound
/// mapping (object id, app roles, name), so the portal maps it exactly as it maps a real Entra user.
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
            new(PortalClaimTypes.EntraName, persona.DisplayName),
            new(PortalClaimTypes.EntraPreferredUsername, persona.Email),
        };
        claims.AddRange(persona.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        var identity = new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme,
            PortalClaimTypes.EntraName, ClaimTypes.Role);
        return new ClaimsPrincipal(identity);
    }
}
