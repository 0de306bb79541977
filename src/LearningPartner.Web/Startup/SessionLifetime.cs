using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace LearningPartner.Web.Startup;

/// <summary>
/// The absolute session timeout (issue 11): a session records when it began, and is refused once it is older than
/// <see cref="PortalSessionOptions.AbsoluteHours"/> — the sliding cookie alone would live forever with steady use.
/// </summary>
internal static class SessionLifetime
{
    private const string StartedKey = "lp.session-started";

    public static Task OnSigningIn(CookieSigningInContext context)
    {
        var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        context.Properties.Items[StartedKey] = now.UtcTicks.ToString(CultureInfo.InvariantCulture);
        return Task.CompletedTask;
    }

    public static async Task OnValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var absolute = TimeSpan.FromHours(Math.Max(1, services.GetRequiredService<IOptions<PortalSessionOptions>>().Value.AbsoluteHours));
        if (!context.Properties.Items.TryGetValue(StartedKey, out var started)
            || !long.TryParse(started, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || now - new DateTimeOffset(ticks, TimeSpan.Zero) >= absolute)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
