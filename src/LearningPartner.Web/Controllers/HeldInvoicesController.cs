using FluentValidation;
using LearningPartner.Application.Common;
using LearningPartner.Application.HeldInvoices;
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
    IValidator<HeldInvoiceInput> validator,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    private const string Prefix = nameof(HeldInvoicesViewModel.NewInvoice);

    [HttpGet("")]
    public async Task<IActionResult> Index(PartnerContext partner, CancellationToken cancellationToken) =>
        await PageAsync(partner, new HeldInvoiceInput(), cancellationToken);

    [Authorize(Policy = PortalPolicies.PartnerManager)]
    [EnableRateLimiting(RateLimitSetup.Uploads)]
    [HttpPost("")]
    [UploadForm]
    public async Task<IActionResult> Submit(PartnerContext partner, [Bind(Prefix = Prefix)] HeldInvoiceInput input, CancellationToken cancellationToken)
    {
        if (await validator.ValidateIntoAsync(input, ModelState, Prefix))
        {
            var result = await heldInvoices.SubmitAsync(partner, input.ToSubmission(), cancellationToken);
            if (result.IsDone)
            {
                TempData.SetStatus(localizer["Thank you: invoice {0} line {1} was submitted. It counts once support staff verify it.",
                    input.InvoiceNumber!.Trim(), input.LineNumber!.Trim()]);
                return RedirectToAction(nameof(Index), new { partnerId = partner.PartnerId });
            }

            ModelState.AddRefusal(result.Refusal!, localizer, Prefix);
        }

        return await PageAsync(partner, input, cancellationToken);
    }

    [HttpGet("{heldInvoiceId:int}/document")]
    public async Task<IActionResult> Document(PartnerContext partner, int heldInvoiceId, CancellationToken cancellationToken) =>
        await heldInvoices.OpenDocumentAsync(partner, heldInvoiceId, cancellationToken) is { } document
            ? File(document.Content, document.ContentType, document.FileName)
            : NotFound();

    private async Task<ViewResult> PageAsync(PartnerContext partner, HeldInvoiceInput input, CancellationToken cancellationToken)
    {
        input.DocumentType ??= DocumentTypes.Invoice;
        input.Currency ??= partner.BillingCurrency;
        return View(nameof(Index), new HeldInvoicesViewModel(await heldInvoices.ListAsync(partner, cancellationToken), input));
    }
}
