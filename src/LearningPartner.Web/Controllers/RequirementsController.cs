using LearningPartner.Application.Common;
using LearningPartner.Application.Requirements;
using LearningPartner.Infrastructure.Time;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Controllers;

/// <summary>The requirement checklist of a partner on a date (today by default); read-only.</summary>
[Route("partners/{partnerId}/requirements")]
[Authorize(Policy = PortalPolicies.PartnerReportReader)]
public sealed class RequirementsController(
    RequirementsService requirements,
    ProgramClock clock,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(PartnerContext partner, [FromQuery] string? asOf, CancellationToken cancellationToken)
    {
        var evaluationDate = clock.Today;
        if (!string.IsNullOrWhiteSpace(asOf) && !DateInput.TryParse(asOf, out evaluationDate))
        {
            ModelState.AddModelError("asOf", localizer["Enter the date as YYYY-MM-DD, for example 2026-01-31."]);
            evaluationDate = clock.Today;
        }

        return View(await requirements.GetAsync(partner, evaluationDate, cancellationToken));
    }
}
