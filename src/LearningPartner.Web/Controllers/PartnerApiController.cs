using LearningPartner.Application.Common;
using LearningPartner.Application.Kpis;
using LearningPartner.Application.Standing;
using LearningPartner.Domain.Programs;
using LearningPartner.Infrastructure.Time;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Features.PartnerApi;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningPartner.Web.Controllers;

/// <summary>
/// Version 1 of the read API for partners' own systems and staff tooling (issue 8). The same authorization as the
/// pages: a partner reads only its own organisation (another's is 404, as if it did not exist), staff read all;
/// anonymous calls get 401. Errors are RFC 7807 problem responses.
/// </summary>
[ApiController]
[Route("api/v1/partners/{partnerId}")]
[Authorize(Policy = PortalPolicies.PartnerReportReader)]
[ProducesResponseType(StatusCodes.Status401Unauthorized)]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
public sealed class PartnerApiController(KpiDashboardService dashboard, PartnerStandingService standings, ProgramClock clock) : ControllerBase
{
    /// <summary>The KPI report as published on <paramref name="asOf"/> (default today): window, months, totals (R-KPI-6..8).</summary>
    [HttpGet("kpi-report")]
    [ProducesResponseType<KpiReportDto>(StatusCodes.Status200OK)]
    public async Task<ActionResult<KpiReportDto>> KpiReport(PartnerContext partner, [FromQuery] string? asOf, CancellationToken cancellationToken)
    {
        if (AsOf(asOf) is not { } date)
        {
            return BadDate(asOf);
        }

        return KpiReportDto.From(await dashboard.GetAsync(partner, date, cancellationToken), User.SeesRevenueAndPeople());
    }

    /// <summary>Every requirement check on <paramref name="asOf"/> (default today), with the rule set and KPI window used.</summary>
    [HttpGet("eligibility")]
    [ProducesResponseType<EligibilityDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public async Task<ActionResult<EligibilityDto>> Eligibility(PartnerContext partner, [FromQuery] string? asOf, CancellationToken cancellationToken)
    {
        if (AsOf(asOf) is not { } date)
        {
            return BadDate(asOf);
        }

        // R-PRG-1: no rule set covers the date — refused with the program year named, never borrowed.
        var standing = await standings.GetAsync(partner, date, cancellationToken);
        return standing.Eligibility is { } eligibility
            ? EligibilityDto.From(partner.PartnerId, eligibility, standing.PendingClaims(), User.SeesRevenueAndPeople())
            : Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "No rule set covers this date.",
                detail: new RuleSetNotFoundException(date).Message);
    }

    /// <summary>Today when absent; null when it is not a date as YYYY-MM-DD or lies in the future.</summary>
    private DateOnly? AsOf(string? asOf) =>
        string.IsNullOrWhiteSpace(asOf) ? clock.Today
        : DateInput.TryParse(asOf, out var date) && date <= clock.Today ? date
        : null;

    private ObjectResult BadDate(string? asOf) =>
        Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid asOf date.",
            detail: $"asOf '{asOf}' must be a date as YYYY-MM-DD, today ({DateInput.Format(clock.Today)}) or earlier.");
}
