using System.Globalization;
using System.Security.Claims;
using LearningPartner.Application.Sessions;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace LearningPartner.Web.Startup;

/// <summary>
/// A sign-in's life on the server. Each sign-in starts a session recorded in the database (issue 20, ASVS 5.0 7.4.1) whose key
/// the session cookie carries; every request checks that the session is still open, so sign-out, staff ending a user's
/// sessions or the user's deactivation refuse the cookie on every instance, a copied one too. The absolute timeout
/// (issue 11) is checked against the session's start: the sliding cookie alone would live forever with steady use.
/// </summary>
internal static class SessionLifetime
{
    private const string StartedKey = "lp.session-started";
    private const string SessionKey = "lp.session";

    public static async Task OnSigningIn(CookieSigningInContext context)
    {
        var services = context.HttpContext.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        context.Properties.Items[StartedKey] = now.UtcTicks.ToString(CultureInfo.InvariantCulture);
        var principal = context.Principal!;
        var objectId = principal.FindFirst(PortalClaimTypes.EntraObjectId)?.Value ?? principal.FindFirst(PortalClaimTypes.EntraObjectIdShort)?.Value
            ?? principal.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? "unknown";
        var name = principal.FindFirst(PortalClaimTypes.EntraName)?.Value ?? principal.FindFirst(ClaimTypes.Name)?.Value ?? objectId;
        context.Properties.Items[SessionKey] = await services.GetRequiredService<SignInSessionService>()
            .StartAsync(objectId, name, context.HttpContext.RequestAborted); await SignInLanguage.RememberAsync(context.HttpContext, principal);
    }

    public static async Task OnValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var absolute = TimeSpan.FromHours(Math.Max(1, services.GetRequiredService<IOptions<PortalSessionOptions>>().Value.AbsoluteHours));
        if (!context.Properties.Items.TryGetValue(StartedKey, out var started)
            || !long.TryParse(started, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || now - new DateTimeOffset(ticks, TimeSpan.Zero) >= absolute
            || !context.Properties.Items.TryGetValue(SessionKey, out var key) || string.IsNullOrEmpty(key)
            || !await services.GetRequiredService<SignInSessionService>().IsOpenAsync(key, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        // Kept for sign-out, which ends this session (reading the cookie again from there would wait on this very read).
        context.HttpContext.Items[SessionKey] = key;
    }

    public static async Task OnSigningOut(CookieSigningOutContext context)
    {
        if (context.HttpContext.Items[SessionKey] is string key)
        {
            await context.HttpContext.RequestServices.GetRequiredService<SignInSessionService>().EndAsync(key, CancellationToken.None);
        }
    }
}
