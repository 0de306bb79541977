using LearningPartner.Web.Features.Common;
using Microsoft.AspNetCore.Diagnostics;
namespace LearningPartner.Web.Startup;

/// <summary>
/// The response headers of every page, API answer, error page, redirect and file (issue 11, OWASP ASVS 5.0 V3): a strict
/// Content-Security-Policy (scripts and styles only from the portal's own files — views keep none inline), no framing,
/// no MIME sniffing, no referrer, and no caching of anything that may carry a partner's data.
/// </summary>
internal static class SecurityHeaders
{
    public static WebApplication UsePortalSecurityHeaders(this WebApplication app)
    {
        // The sign-in form posts to the portal, which redirects to Entra ID: form-action must allow that hop.
        var signInOrigin = SignInSetup.IsEntraConfigured(app.Configuration)
            ? new Uri(app.Configuration["AzureAd:Instance"] ?? "https://login.microsoftonline.com/").GetLeftPart(UriPartial.Authority)
            : null;
        var policy = string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            $"form-action 'self'{(signInOrigin is null ? string.Empty : " " + signInOrigin)}",
            "frame-ancestors 'none'");

        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = policy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                headers.Remove("Server");
                if (CarriesPrivateData(context))
                {
                    headers.CacheControl = "no-store";
                    headers.Pragma = "no-cache";
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    /// <summary>
    /// Anything a signed-in user sees, and every partner, staff, account and API route: never stored by a browser or a
    /// proxy. The public pages and the site's static files may be cached.
    /// </summary>
    private static bool CarriesPrivateData(HttpContext context)
    {
        // A status page re-executed for a request answers for the request's own address.
        var path = context.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath is { } original ? new PathString(original) : context.Request.Path;
        return context.User.Identity?.IsAuthenticated == true
            || path.StartsWithSegments("/partners", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/staff", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/dashboard", StringComparison.OrdinalIgnoreCase)
            || (ApiProblem.IsApi(path) && !path.StartsWithSegments("/api/v1/directory", StringComparison.OrdinalIgnoreCase));
    }
}
