using LearningPartner.Application.Common;
using LearningPartner.Application.Renewal;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Controllers;

/// <summary>Renewing an option from its anniversary date (R-RNW-1); partner admins order, others read.</summary>
[Route("partners/{partnerId}/renew/{enrollmentId:int}")]
[Authorize(Policy = PortalPolicies.PartnerDataReader)]
public sealed class RenewalController(RenewalService renewals, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(PartnerContext partner, int enrollmentId, CancellationToken cancellationToken) =>
        await renewals.GetAsync(partner, enrollmentId, cancellationToken) is { } model ? View(model) : NotFound();

    [Authorize(Policy = PortalPolicies.PartnerManager)]
    [HttpPost("")]
    public async Task<IActionResult> Order(PartnerContext partner, int enrollmentId, Guid requestKey, CancellationToken cancellationToken)
    {
        if (requestKey == Guid.Empty)
        {
            return BadRequest();
        }

        var result = await renewals.PlaceAsync(partner, enrollmentId, requestKey, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.IsDone)
        {
            return RedirectToAction(nameof(OrdersController.Details), "Orders", new { partnerId = partner.PartnerId, orderId = result.Value });
        }

        ModelState.AddRefusal(result.Refusal!, localizer);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View(nameof(Index), await renewals.GetAsync(partner, enrollmentId, cancellationToken));
    }
}
