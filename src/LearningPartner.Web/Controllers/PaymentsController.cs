using FluentValidation;
using LearningPartner.Application.Common;
using LearningPartner.Application.Orders;
using LearningPartner.Application.Payments;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Features.Payments;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Controllers;

/// <summary>Support staff's payment and marketplace queues (R-ROLE-2).</summary>
[Route("staff/payments")]
[Authorize(Policy = PortalPolicies.SupportStaff)]
public sealed class PaymentsController(
    PaymentReviewService review,
    OrderService orders,
    IValidator<PaymentRejectionInput> rejectionValidator,
    IValidator<PaymentConfirmationInput> confirmationValidator,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    /// <summary>The prefix of the confirm form's fields (R-FEE-3).</summary>
    public const string ConfirmationPrefix = "Confirmation";

    /// <summary>The payment whose confirm form shows the messages beside its fields, when the queue is shown again.</summary>
    public const string ConfirmingPaymentKey = "ConfirmingPayment";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await review.GetQueuesAsync(cancellationToken));

    [HttpGet("{paymentId:int}/proof")]
    public async Task<IActionResult> Proof(int paymentId, CancellationToken cancellationToken) =>
        await orders.OpenProofAsync(null, paymentId, cancellationToken) is { } p ? File(p.Content, p.ContentType, p.FileName) : NotFound();

    [HttpPost("{paymentId:int}/confirm")]
    public async Task<IActionResult> Confirm(int paymentId, Guid version, [Bind(Prefix = ConfirmationPrefix)] PaymentConfirmationInput input,
        CancellationToken cancellationToken)
    {
        if (await confirmationValidator.ValidateIntoAsync(input, ModelState, ConfirmationPrefix))
        {
            var result = await review.ConfirmAsync(paymentId, version, input.ToConfirmation(), cancellationToken);
            if (result.Refusal is not { Field: not null } refusal)
            {
                return Done(result, localizer["The payment was confirmed and the option is active."]);
            }

            // R-FEE-3: a mismatch without an override is refused beside the override.
            ModelState.AddRefusal(refusal, localizer, ConfirmationPrefix);
        }

        ViewData[ConfirmingPaymentKey] = paymentId;
        return View(nameof(Index), await review.GetQueuesAsync(cancellationToken));
    }

    [HttpPost("{paymentId:int}/reject")]
    public async Task<IActionResult> Reject(int paymentId, Guid version, PaymentRejectionInput input, CancellationToken cancellationToken)
    {
        if (await rejectionValidator.FirstMessageAsync(input) is { } message)
        {
            TempData.SetStatus(message);
            return RedirectToAction(nameof(Index));
        }

        return Done(await review.RejectAsync(paymentId, version, input.Reason!, cancellationToken), localizer["The payment was rejected; the partner sees your reason."]);
    }

    [HttpPost("marketplace/{enrollmentId:int}/complete")]
    public async Task<IActionResult> CompleteMarketplaceProfile(int enrollmentId, CancellationToken cancellationToken) =>
        Done(await review.CompleteMarketplaceProfileAsync(enrollmentId, cancellationToken), localizer["The marketplace profile is set up; the partner buys at learning-partner terms."]);

    private IActionResult Done(Result result, string success) => this.QueueOutcome(result, success, localizer, nameof(Index));
}
