using FluentValidation;
using LearningPartner.Application.ClaimReview;
using LearningPartner.Application.Common;
using LearningPartner.Infrastructure.Storage;
using LearningPartner.Web.Features.ClaimReview;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Controllers;

/// <summary>R-MCT-1: support staff verify or reject partners' trainer and exam claims, most useful first.</summary>
[Route("staff/claims")]
[Authorize(Policy = PortalPolicies.SupportStaff)]
public sealed class ClaimReviewController(
    ClaimReviewService review,
    IValidator<ClaimVerificationInput> verification,
    IValidator<ClaimRejectionInput> rejection,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await review.QueueAsync(cancellationToken));

    /// <summary>The transcript PDF a trainer claim carries, as an attachment, for checking it.</summary>
    [HttpGet("trainers/{trainerId:int}/evidence")]
    public async Task<IActionResult> TrainerEvidence(int trainerId, CancellationToken cancellationToken) =>
        Document(await review.OpenTrainerEvidenceAsync(trainerId, cancellationToken));

    /// <summary>The transcript or certificate PDF an exam claim carries, as an attachment.</summary>
    [HttpGet("exams/{examPassId:int}/evidence")]
    public async Task<IActionResult> ExamPassEvidence(int examPassId, CancellationToken cancellationToken) =>
        Document(await review.OpenExamPassEvidenceAsync(examPassId, cancellationToken));

    [HttpPost("trainers/{trainerId:int}/verify")]
    public async Task<IActionResult> VerifyTrainer(int trainerId, ClaimVerificationInput input, CancellationToken cancellationToken) =>
        await InvalidAsync(verification, input) ?? Done(await review.VerifyTrainerAsync(trainerId, input.Version, input.Note!.Trim(), cancellationToken),
            localizer["The trainer was verified and now counts toward requirements."]);

    [HttpPost("trainers/{trainerId:int}/reject")]
    public async Task<IActionResult> RejectTrainer(int trainerId, ClaimRejectionInput input, CancellationToken cancellationToken) =>
        await InvalidAsync(rejection, input) ?? Done(await review.RejectTrainerAsync(trainerId, input.Version, input.Reason!.Trim(), cancellationToken),
            localizer["The claim was rejected; the partner sees your reason."]);

    [HttpPost("exams/{examPassId:int}/verify")]
    public async Task<IActionResult> VerifyExamPass(int examPassId, ClaimVerificationInput input, CancellationToken cancellationToken) =>
        await InvalidAsync(verification, input) ?? Done(await review.VerifyExamPassAsync(examPassId, input.Version, input.Note!.Trim(), cancellationToken),
            localizer["The exam pass was verified and now counts toward requirements."]);

    [HttpPost("exams/{examPassId:int}/reject")]
    public async Task<IActionResult> RejectExamPass(int examPassId, ClaimRejectionInput input, CancellationToken cancellationToken) =>
        await InvalidAsync(rejection, input) ?? Done(await review.RejectExamPassAsync(examPassId, input.Version, input.Reason!.Trim(), cancellationToken),
            localizer["The claim was rejected; the partner sees your reason."]);

    /// <summary>A decision without its words goes back to the queue with the message (nothing is decided).</summary>
    private async Task<IActionResult?> InvalidAsync<T>(IValidator<T> validator, T input)
    {
        if (await validator.FirstMessageAsync(input) is not { } message)
        {
            return null;
        }

        TempData.SetStatus(message);
        return RedirectToAction(nameof(Index));
    }

    private IActionResult Document(StoredDocument? document) =>
        document is null ? NotFound() : File(document.Content, document.ContentType, document.FileName);

    private IActionResult Done(Result result, string success) => this.QueueOutcome(result, success, localizer, nameof(Index));
}
