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
[ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json",
    Description = "A value is not understood; the problem's detail names it.")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json",
    Description = "Too many calls from one address; Retry-After says when to call again.")]
public sealed class DirectoryApiController(DirectorySnapshots snapshots) : ControllerBase
{
    /// <summary>
    /// Published partners, ordered by name: search by part of a name (<paramref name="q"/>), filter by country/region (ISO
    /// code) and level (lap, silver, gold); <paramref name="page"/> from 1, <paramref name="pageSize"/> 1–100 (default 20).
    /// </summary>
    [HttpGet("", Name = "listDirectoryPartners")]
    [EndpointSummary("Search the public partner directory")]
    [EndpointDescription("The partners the public directory shows (R-DIR-1, R-DIR-5), ordered by name then partner so pages never overlap: "
        + "search by part of a name, filter by country or region and level, one page at a time.")]
    [ProducesResponseType<DirectoryPageDto>(StatusCodes.Status200OK, "application/json", Description = "One page of partners, with the total and page count.")]
    public async Task<ActionResult<DirectoryPageDto>> Get([FromQuery] string? q, [FromQuery] string? country, [FromQuery] string? level,
        [FromQuery] string? page, [FromQuery] string? pageSize, CancellationToken cancellationToken)
    {
        var (query, errors) = DirectoryQueryReader.Read(q, country, level, page, pageSize);
        if (errors.Count > 0)
        {
            return Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid directory query.",
                detail: string.Join(" ", errors.Select(e => $"{e.Key}: {e.Value}")));
        }

        return DirectoryPageDto.From(query.Run(await snapshots.GetAsync(cancellationToken)));
    }
}
