using LearningPartner.Web.Features.Renewal;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningPartner.Web.Controllers;

/// <summary>Renewing an option from its anniversary date (R-RNW-1); partner admins order, others read.</summary>
[Route("partners/{partnerId}/renew/{enrollmentId:int}")]
[Authorize(Policy = PortalPolicies.PartnerDataReader)]
public sealed class RenewalController(RenewalService renewals) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string partnerId, int enrollmentId, CancellationToken cancellationToken)
    {
        var model = await renewals.GetAsync(partnerId, enrollmentId, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [Authorize(Policy = PortalPolicies.PartnerManager)]
    [HttpPost("")]
    public async Task<IActionResult> Order(string partnerId, int enrollmentId, Guid requestKey, CancellationToken cancellationToken)
    {
        if (requestKey == Guid.Empty)
        {
            return BadRequest();
        }

        var result = await renewals.PlaceAsync(partnerId, enrollmentId, requestKey, cancellationToken);
        if (result is null)
        {
            return NotFound();
        }

        if (result.Error is null)
        {
            return RedirectToAction(nameof(OrdersController.Details), "Orders", new { partnerId, orderId = result.OrderId });
        }

        ModelState.AddModelError(string.Empty, result.Error);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View(nameof(Index), await renewals.GetAsync(partnerId, enrollmentId, cancellationToken));
    }
}
