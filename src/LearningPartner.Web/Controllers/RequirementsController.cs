using LearningPartner.Infrastructure.Time;
using LearningPartner.Web.Features.Requirements;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Controllers;

/// <summary>The requirement checklist of a partner on a date (today by default); read-only.</summary>
[Route("partners/{partnerId}/requirements")]
[Authorize(Policy = PortalPolicies.PartnerDataReader)]
public sealed class RequirementsController(
    EligibilityService eligibility,
    ProgramClock clock,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string partnerId, [FromQuery] string? asOf, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var evaluationDate = today;
        if (!string.IsNullOrWhiteSpace(asOf)
            && !DateOnly.TryParseExact(asOf, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out evaluationDate))
        {
            ModelState.AddModelError("asOf", localizer["Enter the date as YYYY-MM-DD, for example 2026-01-31."]);
            evaluationDate = today;
        }

        var model = await eligibility.GetAsync(partnerId, evaluationDate, RequestPartnerLink.Of(HttpContext), cancellationToken);
        return model is null ? NotFound() : View(model);
    }
}
