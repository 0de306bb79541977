using LearningPartner.Application.Directory;
using Microsoft.AspNetCore.Mvc;

namespace LearningPartner.Web.Features.Common;

/// <summary>How every route serves a listing's logo (issue 24).</summary>
public static class LogoResults
{
    /// <summary>
    /// The logo as the type its first bytes showed when it was uploaded (PNG, JPEG or WebP, never SVG), never sniffed as anything
    /// else and never able to run anything; <paramref name="cacheControl"/> null leaves the portal's default (no caching).
    /// </summary>
    public static IActionResult ServeLogo(this ControllerBase controller, LogoFile? logo, string? cacheControl = null)
    {
        if (logo is null)
        {
            return controller.NotFound();
        }

        var headers = controller.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "default-src 'none'";
        if (cacheControl is not null)
        {
            headers.CacheControl = cacheControl;
        }

        return controller.File(logo.Content, logo.ContentType);
    }
}
