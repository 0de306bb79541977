using LearningPartner.Application.PartnerUsers;
using LearningPartner.Web.Identity;
using LearningPartner.Web.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace LearningPartner.Web.Controllers;

public sealed class CultureController(LanguagePreferences preferences) : Controller
{
    /// <summary>
    /// The language switcher: remembers the choice in the culture cookie for a year and, for a signed-in person, as the language
    /// their emails are written in (issue 23).
    /// </summary>
    [AllowAnonymous]
    [HttpPost("/culture")]
    public async Task<IActionResult> Set(string culture, string? returnUrl, CancellationToken cancellationToken)
    {
        if (WebSetup.SupportedCultures.Any(c => c.Name == culture))
        {
            Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions
                {
                    Expires = DateTimeOffset.UtcNow.AddYears(1),
                    HttpOnly = true,
                    IsEssential = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = Request.IsHttps,
                });
            if (User.PortalTenantId() is { } tenantId && User.PortalObjectId() is { } objectId)
            {
                await preferences.SetAsync(tenantId, objectId, culture, onlyWhereUnset: false, cancellationToken);
            }
        }

        return LocalRedirect(!string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
