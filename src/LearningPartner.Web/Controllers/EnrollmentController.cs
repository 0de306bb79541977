using LearningPartner.Domain.Programs;
using LearningPartner.Web.Features.Enrollment;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningPartner.Web.Controllers;

/// <summary>
/// What a partner can buy, what it costs and what is missing (R-FEE-1); partner admins order (R-ROLE-1),
/// everyone else of the organisation reads.
/// </summary>
[Route("partners/{partnerId}/enroll")]
[Authorize(Policy = PortalPolicies.PartnerDataReader)]
public sealed class EnrollmentController(EnrollmentService enrollment) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string partnerId, CancellationToken cancellationToken)
    {
        var model = await enrollment.GetPageAsync(partnerId, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("lap")]
    public Task<IActionResult> LearningActionPack(string partnerId, CancellationToken cancellationToken) =>
        OptionAsync(partnerId, LearningLevel.LearningActionPack, null, cancellationToken);

    [HttpGet("{level:regex(^(silver|gold)$)}/{competency}")]
    public Task<IActionResult> LearningOption(string partnerId, string level, string competency, CancellationToken cancellationToken) =>
        OptionAsync(partnerId, ParseLevel(level), competency, cancellationToken);

    [Authorize(Policy = PortalPolicies.PartnerManager)]
    [HttpPost("order")]
    public async Task<IActionResult> Order(string partnerId, OrderRequest request, CancellationToken cancellationToken)
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
        var result = await enrollment.PlaceOrderAsync(partnerId, level, competency, request, cancellationToken);
        if (result is null)
        {
            return NotFound();
        }

        if (result.Error is null)
        {
            return RedirectToAction(nameof(OrdersController.Details), "Orders", new { partnerId, orderId = result.OrderId });
        }

        var model = await enrollment.GetOptionAsync(partnerId, level, competency, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        ModelState.AddModelError(string.Empty, result.Error);
        ViewData["ExistingOrderId"] = result.OrderId;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Option", model);
    }

    private async Task<IActionResult> OptionAsync(string partnerId, LearningLevel level, string? competency, CancellationToken cancellationToken)
    {
        var model = await enrollment.GetOptionAsync(partnerId, level, competency, cancellationToken);
        return model is null ? NotFound() : View("Option", model);
    }

    private static LearningLevel ParseLevel(string level) =>
        level == "gold" ? LearningLevel.Gold : LearningLevel.Silver;
}
