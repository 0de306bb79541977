using LearningPartner.Infrastructure.Storage;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Features.Orders;
using LearningPartner.Web.Identity;
using LearningPartner.Web.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Controllers;

/// <summary>A partner's orders: amount, currency, payment reference, and the upload of the proof of payment (R-FEE-2).</summary>
[Route("partners/{partnerId}/orders")]
[Authorize(Policy = PortalPolicies.PartnerDataReader)]
public sealed class OrdersController(OrderService orders, PartnerLookup partners, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string partnerId, CancellationToken cancellationToken)
    {
        var model = await orders.ListAsync(partnerId, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("{orderId:int}")]
    public async Task<IActionResult> Details(string partnerId, int orderId, CancellationToken cancellationToken)
    {
        var model = await orders.GetAsync(partnerId, orderId, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [Authorize(Policy = PortalPolicies.PartnerManager)]
    [EnableRateLimiting(RateLimitSetup.Uploads)]
    [HttpPost("{orderId:int}/proof")]
    [RequestSizeLimit(DocumentFileKind.MaxBytes + 64 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = DocumentFileKind.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> UploadProof(string partnerId, int orderId, IFormFile? proof, CancellationToken cancellationToken)
    {
        var (found, error) = await orders.UploadProofAsync(partnerId, orderId, proof, cancellationToken);
        if (!found)
        {
            return NotFound();
        }

        if (error is null)
        {
            TempData.SetStatus(localizer["Thank you: your proof of payment was received. Support staff will confirm it."]);
            return RedirectToAction(nameof(Details), new { partnerId, orderId });
        }

        ModelState.AddModelError("proof", error);
        var model = await orders.GetAsync(partnerId, orderId, cancellationToken);
        return View(nameof(Details), model);
    }

    [HttpGet("payments/{paymentId:int}/proof")]
    public async Task<IActionResult> Proof(string partnerId, int paymentId, CancellationToken cancellationToken)
    {
        var organisationId = await partners.FindIdAsync(partnerId, cancellationToken);
        var proof = organisationId is null ? null : await orders.OpenProofAsync(organisationId, paymentId, cancellationToken);
        return proof is { } p ? File(p.Content, p.ContentType, p.FileName) : NotFound();
    }
}
