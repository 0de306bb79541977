using FluentValidation;
using LearningPartner.Application.CaseReview;
using LearningPartner.Application.Common;
using LearningPartner.Web.Features.CaseReview;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Controllers;

/// <summary>Support staff trace KPI discrepancy cases and resolve them (R-DSC-2, R-ROLE-2).</summary>
[Route("staff/cases")]
[Authorize(Policy = PortalPolicies.SupportStaff)]
public sealed class CaseReviewController(
    CaseReviewService review,
    CaseResolutionService resolution,
    IValidator<CorrectionInput> correctionValidator,
    IValidator<CaseQuestionInput> questionValidator,
    IValidator<CaseRejectionInput> rejectionValidator,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    private const string Prefix = nameof(CorrectionViewModel.Input);

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] CaseQueueFilter filter, CancellationToken cancellationToken) =>
        View(await review.GetQueueAsync(filter, cancellationToken));

    [HttpGet("{caseId:int}")]
    public Task<IActionResult> Details(int caseId, CancellationToken cancellationToken) => TraceAsync(caseId, null, null, cancellationToken);

    [HttpPost("{caseId:int}/take")]
    public async Task<IActionResult> Take(int caseId, Guid version, CancellationToken cancellationToken) =>
        Done(caseId, await resolution.TakeAsync(caseId, version, cancellationToken), localizer["You took the case."]);

    [HttpPost("{caseId:int}/ask")]
    public async Task<IActionResult> Ask(int caseId, Guid version, CaseQuestionInput input, CancellationToken cancellationToken)
    {
        if (await questionValidator.FirstMessageAsync(input) is { } message)
        {
            ModelState.AddModelError("question", message);
            return await TraceAsync(caseId, input.Question, null, cancellationToken);
        }

        return Done(caseId, await resolution.AskAsync(caseId, version, input.Question!, cancellationToken),
            localizer["The partner was asked for more information; the case waits for the answer."]);
    }

    [HttpPost("{caseId:int}/reject")]
    public async Task<IActionResult> Reject(int caseId, Guid version, CaseRejectionInput input, CancellationToken cancellationToken)
    {
        if (await rejectionValidator.FirstMessageAsync(input) is { } message)
        {
            ModelState.AddModelError("reason", message);
            return await TraceAsync(caseId, null, input.Reason, cancellationToken);
        }

        return Done(caseId, await resolution.RejectAsync(caseId, version, input.Reason!, cancellationToken),
            localizer["The case was rejected; the partner sees your reason."]);
    }

    /// <summary>The correction form: of a current record (<paramref name="lineId"/>), or to add the missing record.</summary>
    [HttpGet("{caseId:int}/correct")]
    public async Task<IActionResult> Correct(int caseId, [FromQuery] long? lineId, CancellationToken cancellationToken) =>
        await review.GetCorrectionAsync(caseId, lineId, currentOnly: true, cancellationToken) is { } target
            ? View(new CorrectionViewModel(target, CorrectionInput.For(target)))
            : NotFound();

    [HttpPost("{caseId:int}/correct")]
    public async Task<IActionResult> Correct(int caseId, Guid version, [Bind(Prefix = Prefix)] CorrectionInput input, CancellationToken cancellationToken)
    {
        if (await correctionValidator.ValidateIntoAsync(input, ModelState, Prefix))
        {
            var result = await resolution.CorrectAsync(caseId, version, input.ToCorrection(), cancellationToken);
            if (result.IsNotFound)
            {
                return NotFound();
            }

            if (result.IsDone)
            {
                TempData.SetStatus(localizer["The KPIs were corrected and the case is resolved; the partner's totals already count it."]);
                return RedirectToAction(nameof(Details), new { caseId });
            }

            ModelState.AddRefusal(result.Refusal!, localizer, Prefix);
        }

        // Superseded records too: a form sent back after another correction won still shows what it was about.
        if (await review.GetCorrectionAsync(caseId, input.LineId, currentOnly: false, cancellationToken) is not { } target)
        {
            return NotFound();
        }

        if (target.Record is { } record)
        {
            input.InvoiceNumber = record.InvoiceNumber;
            input.LineNumber = record.LineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return View(new CorrectionViewModel(target, input));
    }

    [HttpGet("{caseId:int}/evidence")]
    public Task<IActionResult> Evidence(int caseId, CancellationToken cancellationToken) => DocumentAsync(caseId, null, cancellationToken);

    [HttpGet("{caseId:int}/messages/{messageId:long}/document")]
    public Task<IActionResult> MessageDocument(int caseId, long messageId, CancellationToken cancellationToken) =>
        DocumentAsync(caseId, messageId, cancellationToken);

    private async Task<IActionResult> DocumentAsync(int caseId, long? messageId, CancellationToken cancellationToken) =>
        await review.OpenDocumentAsync(caseId, messageId, cancellationToken) is { } document
            ? File(document.Content, document.ContentType, document.FileName)
            : NotFound();

    private async Task<IActionResult> TraceAsync(int caseId, string? question, string? reason, CancellationToken cancellationToken) =>
        await review.GetTraceAsync(caseId, cancellationToken) is { } trace
            ? View(nameof(Details), new CaseTraceViewModel(trace, question, reason))
            : NotFound();

    private IActionResult Done(int caseId, Result result, string success) =>
        this.QueueOutcome(result, success, localizer, nameof(Details), new { caseId });
}
