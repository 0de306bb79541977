using LearningPartner.Application.Common;
using LearningPartner.Application.Kpis;
using LearningPartner.Application.Standing;
using LearningPartner.Domain.Programs;
using LearningPartner.Infrastructure.Time;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Features.PartnerApi;
using LearningPartner.Web.Identity;
using LearningPartner.Web.Startup;
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
[Tags(ApiTags.Partners)]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json",
    Description = "asOf is not a date as YYYY-MM-DD, or lies in the future.")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json",
    Description = "No session: sign in to the portal first. Never a redirect.")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json",
    Description = "No such partner, or another organisation's (the two are indistinguishable on purpose).")]
public sealed class PartnerApiController(KpiDashboardService dashboard, PartnerStandingService standings, ProgramClock clock) : ControllerBase
{
    /// <summary>The KPI report as published on <paramref name="asOf"/> (default today): window, months, totals (R-KPI-6..8).</summary>
    [HttpGet("kpi-report", Name = "getKpiReport")]
    [EndpointSummary("The partner's KPI report as published on a day")]
    [EndpointDescription("The KPI report as published on asOf (R-KPI-6): the report window and the eligibility window, each month's rows per "
        + "OMLP type (lines, units, KPI; revenue only for readers who see revenue), the totals per KPI category, and the lines "
        + "not yet published before the 15th (R-KPI-7).")]
    [ProducesResponseType<KpiReportDto>(StatusCodes.Status200OK, "application/json", Description = "The report.")]
    public async Task<ActionResult<KpiReportDto>> KpiReport(PartnerContext partner, [FromQuery] string? asOf, CancellationToken cancellationToken)
    {
        if (AsOf(asOf) is not { } date)
        {
            return BadDate(asOf);
        }

        return KpiReportDto.From(await dashboard.GetAsync(partner, date, cancellationToken), User.SeesRevenueAndPeople());
    }

    /// <summary>Every requirement check on <paramref name="asOf"/> (default today), with the rule set and KPI window used.</summary>
    [HttpGet("eligibility", Name = "getEligibility")]
    [EndpointSummary("Every requirement check of the partner on a day")]
    [EndpointDescription("The Learning Action Pack and each competency's silver and gold requirements on asOf, with the program year and "
        + "rule-set version, the KPI window and totals, each requirement's required, actual, met and shortfall, counting verified "
        + "trainers and exam passes only (R-MCT-1), and the claims awaiting verification with what verifying each would meet.")]
    [ProducesResponseType<EligibilityDto>(StatusCodes.Status200OK, "application/json", Description = "The checks.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json",
        Description = "No program-year rule set covers asOf; the problem names the program year (R-PRG-1).")]
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
