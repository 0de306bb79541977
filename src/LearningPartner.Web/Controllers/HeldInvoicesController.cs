using FluentValidation;
using LearningPartner.Infrastructure.Storage;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Features.HeldInvoices;
using LearningPartner.Web.Identity;
using LearningPartner.Web.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Controllers;

/// <summary>
/// A partner's held invoices: everyone of the organisation reads, partner admins submit (R-ROLE-1); a submission
/// counts only once support staff verify it (issue 7).
/// </summary>
[Route("partners/{partnerId}/held-invoices")]
[Authorize(Policy = PortalPolicies.PartnerDataReader)]
public sealed class HeldInvoicesController(
    HeldInvoiceService heldInvoices,
    PartnerLookup partners,
    IValidator<HeldInvoiceInput> validator,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    private const string Prefix = nameof(HeldInvoicesViewModel.NewInvoice);

    [HttpGet("")]
    public async Task<IActionResult> Index(string partnerId, CancellationToken cancellationToken)
    {
        var model = await heldInvoices.GetPageAsync(partnerId, new HeldInvoiceInput(), cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [Authorize(Policy = PortalPolicies.PartnerManager)]
    [EnableRateLimiting(RateLimitSetup.Uploads)]
    [HttpPost("")]
    [RequestSizeLimit(DocumentFileKind.MaxBytes + 64 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = DocumentFileKind.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Submit(string partnerId, [Bind(Prefix = Prefix)] HeldInvoiceInput input, CancellationToken cancellationToken)
    {
        if (await partners.FindIdAsync(partnerId, cancellationToken) is not { } organisationId)
        {
            return NotFound();
        }

        if (await validator.ValidateIntoAsync(input, ModelState, Prefix))
        {
            var outcome = await heldInvoices.SubmitAsync(organisationId, partnerId, input, cancellationToken);
            if (outcome.Succeeded)
            {
                TempData.SetStatus(localizer["Thank you: invoice {0} line {1} was submitted. It counts once support staff verify it.",
                    input.InvoiceNumber!.Trim(), input.LineNumber!.Trim()]);
                return RedirectToAction(nameof(Index), new { partnerId });
            }

            outcome.CopyTo(ModelState, Prefix);
        }

        return View(nameof(Index), await heldInvoices.GetPageAsync(partnerId, input, cancellationToken));
    }

    [HttpGet("{heldInvoiceId:int}/document")]
    public async Task<IActionResult> Document(string partnerId, int heldInvoiceId, CancellationToken cancellationToken)
    {
        var organisationId = await partners.FindIdAsync(partnerId, cancellationToken);
        var document = organisationId is null ? null : await heldInvoices.OpenDocumentAsync(organisationId, heldInvoiceId, cancellationToken);
        return document is null ? NotFound() : File(document.Content, document.ContentType, document.FileName);
    }
}
