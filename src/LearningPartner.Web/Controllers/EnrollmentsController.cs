using LearningPartner.Application.Common;
using LearningPartner.Application.Enrollments;
using LearningPartner.Domain.Programs;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Features.Enrollments;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Controllers;

/// <summary>
/// What a partner can buy, what it costs and what is missing (R-FEE-1); partner admins order (R-ROLE-1),
/// everyone else of the organisation reads.
/// </summary>
[Route("partners/{partnerId}/enroll")]
[Authorize(Policy = PortalPolicies.PartnerDataReader)]
public sealed class EnrollmentsController(EnrollmentService enrollment, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(PartnerContext partner, CancellationToken cancellationToken) =>
        View(await enrollment.GetOffersAsync(partner, cancellationToken));

    [HttpGet("lap")]
    public Task<IActionResult> LearningActionPack(PartnerContext partner, CancellationToken cancellationToken) =>
        OptionAsync(partner, LearningLevel.LearningActionPack, null, cancellationToken);

    [HttpGet("{level:regex(^(silver|gold)$)}/{competency}")]
    public Task<IActionResult> LearningOption(PartnerContext partner, string level, string competency, CancellationToken cancellationToken) =>
        OptionAsync(partner, OfferRoutes.ParseLevel(level), competency, cancellationToken);

    [Authorize(Policy = PortalPolicies.PartnerManager)]
    [HttpPost("order")]
    public async Task<IActionResult> Order(PartnerContext partner, OrderRequest request, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<LearningLevel>(request.Level, ignoreCase: true, out var level) || !Enum.IsDefined(level))
        {
            return NotFound();
        }

        if (request.RequestKey == Guid.Empty)
        {
            // The order form always carries its key (R-FEE-1); without one a submission cannot be made idempotent.
            return BadRequest();
        }

        var competency = level == LearningLevel.LearningActionPack ? null : request.Competency;
        var result = await enrollment.PlaceOrderAsync(partner, new PlaceOrder(level, competency, request.RequestKey, request.ConfirmPerformance),
            cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.IsDone)
        {
            return RedirectToAction(nameof(OrdersController.Details), "Orders", new { partnerId = partner.PartnerId, orderId = result.Value });
        }

        var model = await enrollment.GetOfferAsync(partner, level, competency, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        ModelState.AddRefusal(result.Refusal!, localizer);
        ViewData["ExistingOrderId"] = result.Refusal!.Values.OfType<int>().FirstOrDefault() is var open and > 0 ? open : null;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Option", model);
    }

    private async Task<IActionResult> OptionAsync(PartnerContext partner, LearningLevel level, string? competency, CancellationToken cancellationToken)
    {
        var model = await enrollment.GetOfferAsync(partner, level, competency, cancellationToken);
        return model is null ? NotFound() : View("Option", model);
    }
}
