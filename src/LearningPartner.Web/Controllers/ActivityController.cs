using FluentValidation;
using LearningPartner.Application.Audit;
using LearningPartner.Application.Common;
using LearningPartner.Infrastructure.Time;
using LearningPartner.Web.Features.Activity;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningPartner.Web.Controllers;

/// <summary>
/// A partner's activity log (issue 21, R-ORG-3): its partner admins read their organisation's audit entries and export them as
/// CSV; staff read any partner's, as the partner sees it (R-ROLE-4). What a partner reads is decided by PartnerAuditView.
/// </summary>
[Route("partners/{partnerId}/activity")]
[Authorize(Policy = PortalPolicies.PartnerActivityReader)]
public sealed class ActivityController(PartnerActivityService activity, IValidator<ActivityFilterInput> validator, ProgramClock clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(PartnerContext partner, [FromQuery] ActivityFilterInput filter, CancellationToken cancellationToken)
    {
        var applied = await ReadAsync(filter);
        return View(new ActivityViewModel(await activity.GetAsync(partner, applied, cancellationToken), filter, clock.TimeZone.Id));
    }

    /// <summary>Every entry the filter matches as CSV, safe to open in a spreadsheet.</summary>
    [HttpGet("export")]
    public async Task<IActionResult> Export(PartnerContext partner, [FromQuery] ActivityFilterInput filter, CancellationToken cancellationToken)
    {
        var rows = await activity.ExportAsync(partner, await ReadAsync(filter), cancellationToken);
        return File(ActivityCsv.Write(rows), "text/csv; charset=utf-8", $"activity-{partner.PartnerId}-{DateInput.Format(clock.Today)}.csv");
    }

    /// <summary>The filter to apply; each value refused gets its message beside its field and is left out.</summary>
    private async Task<PartnerActivityFilter> ReadAsync(ActivityFilterInput filter)
    {
        var result = await validator.ValidateAsync(filter);
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
        }

        return filter.Applied(result.Errors.Select(e => e.PropertyName).ToHashSet(StringComparer.Ordinal));
    }
}
