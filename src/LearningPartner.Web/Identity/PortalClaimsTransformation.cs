using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace LearningPartner.Web.Identity;

/// <summary>
/// Runs on every authenticated request: adds the portal identity mapped from the Entra claims. The person's memberships
/// are read each time, so a removed or deactivated one takes effect at the next request. The request acts for the
/// organisation its route names, else the one the person last chose (<see cref="ActingFor"/>).
/// </summary>
internal sealed class PortalClaimsTransformation(EntraClaimsMapper mapper, IHttpContextAccessor accessor) : IClaimsTransformation
{
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true
            || principal.Identities.Any(i => i.AuthenticationType == PortalClaimTypes.PortalAuthenticationType)
            // The error page after an unhandled exception needs no portal identity, and must not fail again for want of
            // the user-to-partner table (e.g. while the database is down).
            || accessor.HttpContext?.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is not null)
        {
            return principal;
        }

        var http = accessor.HttpContext;
        var actingFor = http?.GetRouteValue(PartnerRouteAccessFilter.RouteKey) is { } routed
            ? Convert.ToString(routed, System.Globalization.CultureInfo.InvariantCulture)
            : http?.Request.Cookies[ActingFor.CookieName];
        var user = await mapper.MapAsync(principal, actingFor, http?.RequestAborted ?? default);
        if (user is null)
        {
            return principal;
        }

        if (user.Partner is not null)
        {
            accessor.HttpContext?.Features.Set(new RequestPartner(user.Partner));
        }

        // A new principal over the same identities plus the portal's: nothing changes the signed-in identities, so they
        // need no copy on every request.
        return new ClaimsPrincipal(principal.Identities.Append(user.ToClaimsIdentity()));
    }
}
