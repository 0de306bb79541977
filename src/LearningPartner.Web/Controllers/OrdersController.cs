using FluentValidation;
using LearningPartner.Application.Common;
using LearningPartner.Application.Orders;
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
public sealed class OrdersController(
    OrderService orders,
    OrderDocumentService documents,
    IValidator<ProofOfPaymentInput> proofValidator,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    /// <summary>The model-state key a refused cancellation or re-creation is shown under.</summary>
    public const string CancelField = "cancel";

    /// <summary>The prefix of the proof form's figures (R-FEE-3); the file is the "proof" field.</summary>
    public const string DeclaredPrefix = "Declared";

    [HttpGet("")]
    public async Task<IActionResult> Index(PartnerContext partner, CancellationToken cancellationToken) =>
        View(await orders.ListAsync(partner, cancellationToken));

    [HttpGet("{orderId:int}")]
    public async Task<IActionResult> Details(PartnerContext partner, int orderId, CancellationToken cancellationToken) =>
        await orders.GetAsync(partner, orderId, cancellationToken) is { } model ? View(model) : NotFound();

    [Authorize(Policy = PortalPolicies.PartnerManager)]
    [EnableRateLimiting(RateLimitSetup.Uploads)]
    [HttpPost("{orderId:int}/proof")]
    [UploadForm]
    public async Task<IActionResult> UploadProof(PartnerContext partner, int orderId, IFormFile? proof,
        [Bind(Prefix = DeclaredPrefix)] ProofOfPaymentInput declared, CancellationToken cancellationToken)
    {
        if (!await proofValidator.ValidateIntoAsync(declared, ModelState, DeclaredPrefix))
        {
            // Another partner's order answers 404 here too; one that takes no proof now says so, as the upload would.
            if (await orders.GetAsync(partner, orderId, cancellationToken) is not { } page)
            {
                return NotFound();
            }

            if (!page.Order.CanUploadProof)
            {
                ModelState.AddRefusal(Refusal.OnField(OrderService.ProofField, RefusalCode.ProofNotExpected), localizer);
            }

            return View(nameof(Details), page);
        }

        var result = await orders.UploadProofAsync(partner, orderId, UploadedFiles.From(proof), declared.ToDeclared(), cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.IsDone)
        {
            TempData.SetStatus(localizer["Thank you: your proof of payment was received. Support staff will confirm it."]);
            return RedirectToAction(nameof(Details), new { partnerId = partner.PartnerId, orderId });
        }

        // Every refusal of a proof is shown beside the file field.
        ModelState.AddRefusal(result.Refusal! with { Field = OrderService.ProofField }, localizer);
        return View(nameof(Details), await orders.GetAsync(partner, orderId, cancellationToken));
    }

    /// <summary>R-FEE-3: a partner admin cancels a pending order; the option can then be ordered again.</summary>
    [Authorize(Policy = PortalPolicies.PartnerManager)]
    [HttpPost("{orderId:int}/cancel")]
    public async Task<IActionResult> Cancel(PartnerContext partner, int orderId, CancellationToken cancellationToken)
    {
        var result = await orders.CancelAsync(partner, orderId, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.IsDone)
        {
            TempData.SetStatus(localizer["The order was cancelled. You can order the option again."]);
            return RedirectToAction(nameof(Details), new { partnerId = partner.PartnerId, orderId });
        }

        ModelState.AddRefusal(result.Refusal! with { Field = CancelField }, localizer);
        return View(nameof(Details), await orders.GetAsync(partner, orderId, cancellationToken));
    }

    /// <summary>R-FEE-3: the order confirmation / pro-forma as a PDF attachment, in the reader's language.</summary>
    [HttpGet("{orderId:int}/confirmation.pdf")]
    public async Task<IActionResult> Confirmation(PartnerContext partner, int orderId, CancellationToken cancellationToken) =>
        await documents.ConfirmationAsync(partner, orderId, cancellationToken) is { } order
            ? File(OrderConfirmationPdf.Build(order, localizer), "application/pdf", OrderConfirmationPdf.FileName(order))
            : NotFound();

    /// <summary>R-FEE-3: the receipt as a PDF attachment; not found until support confirmed the payment.</summary>
    [HttpGet("{orderId:int}/receipt.pdf")]
    public async Task<IActionResult> Receipt(PartnerContext partner, int orderId, CancellationToken cancellationToken) =>
        await documents.ReceiptAsync(partner, orderId, cancellationToken) is { } receipt
            ? File(ReceiptPdf.Build(receipt, localizer), "application/pdf", ReceiptPdf.FileName(receipt))
            : NotFound();
    /// <summary>R-FEE-3: a partner admin re-creates an order that expired with its proof before support; the proof moves to it.</summary>
    [Authorize(Policy = PortalPolicies.PartnerManager)]
    [HttpPost("{orderId:int}/recreate")]
    public async Task<IActionResult> Recreate(PartnerContext partner, int orderId, CancellationToken cancellationToken)
    {
        var result = await orders.RecreateAsync(partner, orderId, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.IsDone)
        {
            TempData.SetStatus(localizer["The order was re-created: your proof of payment moved to it and awaits confirmation. No second payment is needed."]);
            return RedirectToAction(nameof(Details), new { partnerId = partner.PartnerId, orderId = result.Value });
        }

        ModelState.AddRefusal(result.Refusal! with { Field = CancelField }, localizer);
        return View(nameof(Details), await orders.GetAsync(partner, orderId, cancellationToken));
    }

    [HttpGet("payments/{paymentId:int}/proof")]
    public async Task<IActionResult> Proof(PartnerContext partner, int paymentId, CancellationToken cancellationToken) =>
        await orders.OpenProofAsync(partner, paymentId, cancellationToken) is { } p ? File(p.Content, p.ContentType, p.FileName) : NotFound();
}
