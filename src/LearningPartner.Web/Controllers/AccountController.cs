using LearningPartner.Infrastructure.Seeding;
using LearningPartner.Web.Identity;
using LearningPartner.Web.Startup;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace LearningPartner.Web.Controllers;

[Route("account")]
public sealed class AccountController(SignInMode mode, ILogger<AccountController> logger) : Controller
{
    /// <summary>Entra ID: straight to Microsoft's sign-in. Development: the list of demo personas.</summary>
    [AllowAnonymous]
    [HttpGet("sign-in")]
    public IActionResult SignIn(string? returnUrl)
    {
        var target = SafeReturnUrl(returnUrl);
        if (mode.UsesEntra)
        {
            return Challenge(new AuthenticationProperties { RedirectUri = target }, OpenIdConnectDefaults.AuthenticationScheme);
        }

        ViewData["ReturnUrl"] = target;
        return View(DemoPersonas.All);
    }

    [AllowAnonymous]
    [EnableRateLimiting(RateLimitSetup.SignIn)]
    [HttpPost("sign-in")]
    public async Task<IActionResult> SignInAsPersona(string persona, string? returnUrl)
    {
        var found = DemoPersonas.Find(persona);
        if (!mode.OffersPersonas || found is null)
        {
            logger.LogWarning("Sign-in refused: no persona {Persona} from {Address}", persona, HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            return NotFound();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            PersonaPrincipalFactory.Create(found));
        return LocalRedirect(SafeReturnUrl(returnUrl));
    }

    [Authorize(Policy = PortalPolicies.SignedIn)]
    [HttpPost("sign-out")]
    public IActionResult SignOutOfPortal()
    {
        var properties = new AuthenticationProperties { RedirectUri = Url.Action(nameof(HomeController.Index), "Home") };
        return mode.UsesEntra
            ? SignOut(properties, CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme)
            : SignOut(properties, CookieAuthenticationDefaults.AuthenticationScheme);
    }

    [AllowAnonymous]
    [HttpGet("access-denied")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    /// <summary>Only local return URLs: the sign-in never becomes an open redirect.</summary>
    private string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/dashboard";
}
