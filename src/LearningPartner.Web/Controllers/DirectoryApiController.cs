using LearningPartner.Application.Directory;
using LearningPartner.Web.Features.Directory;
using LearningPartner.Web.Features.DirectoryApi;
using LearningPartner.Web.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace LearningPartner.Web.Controllers;

/// <summary>The public directory as JSON (issue 10): published partners only, anonymous, rate limited, the same query as the page.</summary>
[ApiController]
[Route("api/v1/directory")]
[AllowAnonymous]
[EnableRateLimiting(RateLimitSetup.Directory)]
[Tags(ApiTags.Directory)]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json",
    Description = "Too many calls from one address; Retry-After says when to call again.")]
public sealed class DirectoryApiController(DirectorySnapshots snapshots) : ControllerBase
{
    /// <summary>
    /// Published partners, ordered by name: search by part of a name (<paramref name="q"/>), filter by country/region (ISO
    /// code), level (lap, silver, gold) and competency (its code; with a level, held at that level);
    /// <paramref name="page"/> from 1, <paramref name="pageSize"/> 1–100 (default 20).
    /// </summary>
    [HttpGet("", Name = "listDirectoryPartners")]
    [EndpointSummary("Search the public partner directory")]
    [EndpointDescription("The partners the public directory shows (R-DIR-1, R-DIR-5), ordered by name then partner so pages never overlap: "
        + "search by part of a name, filter by country or region, level and competency (level=gold&competency=DATA-PLATFORM: gold in "
        + "Data Platform), one page at a time. Each partner as its own page shows it.")]
    [ProducesResponseType<DirectoryPageDto>(StatusCodes.Status200OK, "application/json", Description = "One page of partners, with the total and page count.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json",
        Description = "A value is not understood; the problem's detail names it.")]
    public async Task<ActionResult<DirectoryPageDto>> Get([FromQuery] string? q, [FromQuery] string? country, [FromQuery] string? level,
        [FromQuery] string? competency, [FromQuery] string? page, [FromQuery] string? pageSize, CancellationToken cancellationToken)
    {
        var snapshot = await snapshots.GetAsync(cancellationToken);
        var (query, errors) = DirectoryQueryReader.Read(q, country, level, page, pageSize, competency, snapshot.Competencies);
        if (errors.Count > 0)
        {
            return Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid directory query.",
                detail: string.Join(" ", errors.Select(e => $"{e.Key}: {e.Value}")));
        }

        return DirectoryPageDto.From(query.Run(snapshot), PageUrl, LogoUrl);
    }

    /// <summary>One published partner, as its public page shows it (issue 24); 404 while it is not shown (R-DIR-1, R-DIR-5).</summary>
    [HttpGet("{listedPartnerId}", Name = "getDirectoryPartner")]
    [EndpointSummary("One partner of the public directory")]
    [EndpointDescription("The partner as its public directory page shows it: name, country or region, the Learning Action Pack, the "
        + "competencies held at silver and gold, its landing page, description, page and logo. Not found while the partner is not "
        + "listed, not yet published, or holds no learning option (R-DIR-1, R-DIR-5).")]
    [ProducesResponseType<DirectoryPartnerDto>(StatusCodes.Status200OK, "application/json", Description = "The partner.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json",
        Description = "The partner is not shown in the directory today.")]
    public async Task<ActionResult<DirectoryPartnerDto>> GetPartner(string listedPartnerId, CancellationToken cancellationToken) =>
        (await snapshots.GetAsync(cancellationToken)).Find(listedPartnerId) is { } entry
            ? DirectoryPartnerDto.From(entry, PageUrl, LogoUrl)
            : Problem(statusCode: StatusCodes.Status404NotFound, title: "Not Found", detail: $"Partner {listedPartnerId} is not shown in the directory.");

    private string PageUrl(DirectoryEntry e) =>
        Url.Action("Partner", "Directory", new { listedPartnerId = e.PartnerId, slug = e.Slug.Length == 0 ? null : e.Slug })!;

    private string LogoUrl(DirectoryEntry e) => Url.Action("Logo", "Directory", new { listingId = e.ListingId })!;
}
