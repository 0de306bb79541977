using FluentValidation;
using LearningPartner.Application.Common;
using LearningPartner.Application.RegistrationReview;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Features.RegistrationReview;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Controllers;

/// <summary>R-ORG-1, R-ROLE-2: support staff verify registered companies or reject them with a reason.</summary>
[Route("staff/registrations")]
[Authorize(Policy = PortalPolicies.SupportStaff)]
public sealed class RegistrationReviewController(
    RegistrationReviewService review,
    IValidator<RegistrationRejectionInput> rejectionValidator,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await review.QueueAsync(cancellationToken));

    [HttpPost("{registrationId:int}/verify")]
    public async Task<IActionResult> Verify(int registrationId, CancellationToken cancellationToken) =>
        await DoneAsync(registrationId, await review.VerifyAsync(registrationId, cancellationToken),
            localizer["The company is verified: it can order from now on."], cancellationToken);

    [HttpPost("{registrationId:int}/reject")]
    public async Task<IActionResult> Reject(int registrationId, RegistrationRejectionInput input, CancellationToken cancellationToken)
    {
        if (await rejectionValidator.FirstMessageAsync(input) is { } message)
        {
            ModelState.AddModelError($"registration-{registrationId}", message);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Index), await review.QueueAsync(cancellationToken));
        }

        return await DoneAsync(registrationId, await review.RejectAsync(registrationId, input.Reason!, cancellationToken),
            localizer["The registration was rejected; the applicant sees your reason."], cancellationToken);
    }

    private async Task<IActionResult> DoneAsync(int registrationId, Result result, string success, CancellationToken cancellationToken)
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

        ModelState.AddModelError($"registration-{registrationId}", RefusalMessages.For(result.Refusal!, localizer));
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View(nameof(Index), await review.QueueAsync(cancellationToken));
    }
}
