using System.Security.Claims;
using LearningPartner.Application.PartnerUsers;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Localization;

namespace LearningPartner.Web.Startup;

/// <summary>
/// Issue 23: a person signing in leaves the language of the sign-in request as the language of their emails. A culture cookie
/// (the switcher's choice) is stored over any earlier one; a language the browser merely asks for (Accept-Language, the query)
/// only where none is stored yet; the default culture (nothing asked) stores nothing.
/// </summary>
internal static class SignInLanguage
{
    public static Task RememberAsync(HttpContext http, ClaimsPrincipal principal)
    {
        var objectId = principal.FindFirst(PortalClaimTypes.EntraObjectId)?.Value ?? principal.FindFirst(PortalClaimTypes.EntraObjectIdShort)?.Value;
        var tenantId = principal.FindFirst(PortalClaimTypes.EntraTenantId)?.Value ?? principal.FindFirst(PortalClaimTypes.EntraTenantIdShort)?.Value;
        if (objectId is null || tenantId is null || http.Features.Get<IRequestCultureFeature>() is not { Provider: { } provider } requested)
        {
            return Task.CompletedTask;
        }

        return http.RequestServices.GetRequiredService<LanguagePreferences>().SetAsync(tenantId, objectId, requested.RequestCulture.UICulture.Name,
            onlyWhereUnset: provider is not CookieRequestCultureProvider, http.RequestAborted);
    }
}
