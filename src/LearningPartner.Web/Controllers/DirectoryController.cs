using LearningPartner.Application.Directory;
using LearningPartner.Web.Features.Directory;
using LearningPartner.Web.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Controllers;

/// <summary>
/// The public Learning Partner directory (R-DIR-1): anyone may search it; it holds published partners only. Rate
/// limited per client address.
/// </summary>
[Route("directory")]
[AllowAnonymous]
[EnableRateLimiting(RateLimitSetup.Directory)]
public sealed class DirectoryController(DirectorySnapshots snapshots, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] string? q, [FromQuery] string? country, [FromQuery] string? level, [FromQuery] string? page,
        CancellationToken cancellationToken)
    {
        var (query, errors) = DirectoryQueryReader.Read(q, country, level, page, null);
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field, localizer[message]);
        }

        return View(query.Run(await snapshots.GetAsync(cancellationToken)));
    }
}
