using FluentValidation;
using LearningPartner.Application.Common;
using LearningPartner.Application.Directory;
using LearningPartner.Application.DirectoryReview;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Features.DirectoryReview;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Controllers;

/// <summary>Directory editors review the monthly batch of listing requests (R-DIR-3, R-DIR-4, R-ROLE-3).</summary>
[Route("staff/directory")]
[Authorize(Policy = PortalPolicies.DirectoryEditor)]
public sealed class DirectoryReviewController(
    DirectoryReviewService review,
    DirectoryLogos logos,
    IValidator<ListingRejectionInput> rejectionValidator,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await review.GetQueueAsync(cancellationToken));

    /// <summary>A request's logo, for the editors to see before approving (issue 24); public only once approved and published.</summary>
    [HttpGet("{listingId:int}/logo")]
    public async Task<IActionResult> Logo(int listingId, CancellationToken cancellationToken) =>
        this.ServeLogo(await logos.OpenForReviewAsync(listingId, cancellationToken));

    [HttpPost("{listingId:int}/approve")]
    public async Task<IActionResult> Approve(int listingId, ListingReviewInput input, CancellationToken cancellationToken) =>
        await DoneAsync(listingId, await review.ApproveAsync(listingId, input.Version, input.Confirmed, cancellationToken),
            localizer["The listing is approved and scheduled for publication."], cancellationToken);

    [HttpPost("{listingId:int}/reject")]
    public async Task<IActionResult> Reject(int listingId, Guid version, ListingRejectionInput input, CancellationToken cancellationToken)
    {
        if (await rejectionValidator.FirstMessageAsync(input) is { } message)
        {
            ModelState.AddModelError($"listing-{listingId}", message);
            return View(nameof(Index), await review.GetQueueAsync(cancellationToken));
        }

        return await DoneAsync(listingId, await review.RejectAsync(listingId, version, input.Reason!, cancellationToken),
            localizer["The request was rejected; the partner sees your reason."], cancellationToken);
    }

    /// <summary>Success: back to the queue with a confirmation. Refused: the queue again, the reason beside the request.</summary>
    private async Task<IActionResult> DoneAsync(int listingId, Result result, string success, CancellationToken cancellationToken)
    {
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.IsDone)
        {
            TempData.SetStatus(success);
            return RedirectToAction(nameof(Index));
        }

        ModelState.AddModelError($"listing-{listingId}", RefusalMessages.For(result.Refusal!, localizer));
        return View(nameof(Index), await review.GetQueueAsync(cancellationToken));
    }
}
