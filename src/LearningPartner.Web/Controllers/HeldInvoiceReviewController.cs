using FluentValidation;
using LearningPartner.Application.Common;
using LearningPartner.Application.HeldInvoiceReview;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Features.HeldInvoiceReview;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Controllers;

/// <summary>Support staff verify partner-held invoices against their documents, or refuse them with a reason (R-ROLE-2, issue 7).</summary>
[Route("staff/held-invoices")]
[Authorize(Policy = PortalPolicies.SupportStaff)]
public sealed class HeldInvoiceReviewController(
    HeldInvoiceReviewService review,
    IValidator<HeldInvoiceRefusalInput> refusalValidator,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await review.GetQueueAsync(cancellationToken));

    [HttpGet("{heldInvoiceId:int}/document")]
    public async Task<IActionResult> Document(int heldInvoiceId, CancellationToken cancellationToken) =>
        await review.OpenDocumentAsync(heldInvoiceId, cancellationToken) is { } document
            ? File(document.Content, document.ContentType, document.FileName)
            : NotFound();

    [HttpPost("{heldInvoiceId:int}/verify")]
    public async Task<IActionResult> Verify(int heldInvoiceId, Guid version, CancellationToken cancellationToken) =>
        Done(await review.VerifyAsync(heldInvoiceId, version, cancellationToken), localizer["The invoice line was verified and now counts as KPI."]);

    [HttpPost("{heldInvoiceId:int}/refuse")]
    public async Task<IActionResult> Refuse(int heldInvoiceId, Guid version, HeldInvoiceRefusalInput input, CancellationToken cancellationToken)
    {
        if (await refusalValidator.FirstMessageAsync(input) is { } message)
        {
            TempData.SetStatus(message);
            return RedirectToAction(nameof(Index));
        }

        return Done(await review.RefuseAsync(heldInvoiceId, version, input.Reason!, cancellationToken),
            localizer["The submission was refused; the partner sees your reason."]);
    }

    private IActionResult Done(Result result, string success) => this.QueueOutcome(result, success, localizer, nameof(Index));
}
