using LearningPartner.Application.Directory;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Features.Directory;
using LearningPartner.Web.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Controllers;

/// <summary>
/// The public Learning Partner directory (R-DIR-1): anyone may search it; it holds published partners only, each with its
/// own page at a stable URL (issue 24). Rate limited per client address.
/// </summary>
[Route("directory")]
[AllowAnonymous]
[EnableRateLimiting(RateLimitSetup.Directory)]
public sealed class DirectoryController(DirectorySnapshots snapshots, DirectoryLogos logos, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] string? q, [FromQuery] string? country, [FromQuery] string? level,
        [FromQuery] string? competency, [FromQuery] string? page, CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var (query, errors) = DirectoryQueryReader.Read(q, country, level, page, null, competency, snapshot.Competencies);
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field, localizer[message]);
        }

        return View(query.Run(snapshot));
    }

    /// <summary>
    /// A listed partner's page (issue 24): the partner id decides, the name after it is for people; a missing or wrong one
    /// is redirected to the right one. Not found while the partner is not shown (R-DIR-1, R-DIR-5). The route value is not
    /// named partnerId: that name is the partner pages' own, which only their people and staff may open (R-ROLE-4).
    /// </summary>
    [HttpGet("{listedPartnerId}/{slug?}")]
    public async Task<IActionResult> Partner(string listedPartnerId, string? slug, CancellationToken cancellationToken)
    {
        if ((await snapshots.GetAsync(cancellationToken)).Find(listedPartnerId) is not { } entry)
        {
            return NotFound();
        }

        var canonical = entry.Slug.Length == 0 ? null : entry.Slug;
        return slug == canonical ? View(entry) : RedirectToActionPermanent(nameof(Partner), new { listedPartnerId, slug = canonical });
    }

    /// <summary>The logo of a shown listing (issue 24): served only while the listing is published and shown.</summary>
    [HttpGet("logos/{listingId:int}")]
    public async Task<IActionResult> Logo(int listingId, CancellationToken cancellationToken) =>
        this.ServeLogo(await logos.OpenPublishedAsync(listingId, cancellationToken), "public, max-age=300");
}
