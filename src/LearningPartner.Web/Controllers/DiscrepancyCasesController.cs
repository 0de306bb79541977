using FluentValidation;
using LearningPartner.Infrastructure.Storage;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Features.Discrepancies;
using LearningPartner.Web.Identity;
using LearningPartner.Web.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Controllers;

/// <summary>
/// A partner's KPI discrepancy cases (R-DSC-1..3): everyone of the organisation and staff read them (R-ROLE-4); partner
/// admins open cases and answer support's questions (R-ROLE-1).
/// </summary>
[Route("partners/{partnerId}/cases")]
[Authorize(Policy = PortalPolicies.PartnerDataReader)]
public sealed class DiscrepancyCasesController(
    DiscrepancyCaseService cases,
    PartnerLookup partners,
    IValidator<CaseInput> caseValidator,
    IValidator<CaseMessageInput> messageValidator,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    private const long UploadLimit = DocumentFileKind.MaxBytes + (64 * 1024);

    [HttpGet("")]
    public async Task<IActionResult> Index(string partnerId, CancellationToken cancellationToken) =>
        await cases.GetListAsync(partnerId, cancellationToken) is { } model ? View(model) : NotFound();

    /// <summary>The case form: blank (an invoice missing from the dashboard) or pre-filled from a dashboard row (R-DSC-1).</summary>
    [Authorize(Policy = PortalPolicies.PartnerManager)]
    [HttpGet("new")]
    public async Task<IActionResult> New(string partnerId, [FromQuery] CaseInput prefill, CancellationToken cancellationToken)
    {
        prefill.Evidence = null;
        return await cases.GetFormAsync(partnerId, prefill, cancellationToken) is { } model ? View(model) : NotFound();
    }

    [Authorize(Policy = PortalPolicies.PartnerManager)]
    [EnableRateLimiting(RateLimitSetup.Cases)]
    [HttpPost("")]
    [RequestSizeLimit(UploadLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
    public async Task<IActionResult> Submit(string partnerId, [Bind(Prefix = nameof(CaseFormViewModel.Case))] CaseInput input,
        CancellationToken cancellationToken)
    {
        if (await partners.FindIdAsync(partnerId, cancellationToken) is not { } organisationId)
        {
            return NotFound();
        }

        if (await caseValidator.ValidateIntoAsync(input, ModelState, nameof(CaseFormViewModel.Case)))
        {
            var (caseId, outcome) = await cases.SubmitAsync(organisationId, input, cancellationToken);
            if (outcome.Succeeded)
            {
                TempData.SetStatus(localizer["Thank you: case {0} was submitted. Support staff will trace it; you will be notified when it changes.", caseId!]);
                return RedirectToAction(nameof(Details), new { partnerId, caseId });
            }

            outcome.CopyTo(ModelState, nameof(CaseFormViewModel.Case));
        }

        return View(nameof(New), await cases.GetFormAsync(partnerId, input, cancellationToken));
    }

    [HttpGet("{caseId:int}")]
    public async Task<IActionResult> Details(string partnerId, int caseId, CancellationToken cancellationToken) =>
        await cases.GetDetailsAsync(partnerId, caseId, new CaseMessageInput { DocumentType = DocumentTypes.Invoice }, cancellationToken) is { } model
            ? View(model)
            : NotFound();

    /// <summary>The partner answers support's request for more information.</summary>
    [Authorize(Policy = PortalPolicies.PartnerManager)]
    [EnableRateLimiting(RateLimitSetup.Uploads)]
    [HttpPost("{caseId:int}/answer")]
    [RequestSizeLimit(UploadLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
    public async Task<IActionResult> Answer(string partnerId, int caseId, Guid version,
        [Bind(Prefix = nameof(CaseDetailsViewModel.Reply))] CaseMessageInput input, CancellationToken cancellationToken)
    {
        if (await partners.FindIdAsync(partnerId, cancellationToken) is not { } organisationId)
        {
            return NotFound();
        }

        if (await messageValidator.ValidateIntoAsync(input, ModelState, nameof(CaseDetailsViewModel.Reply)))
        {
            var outcome = await cases.AnswerAsync(organisationId, caseId, version, input, cancellationToken);
            if (outcome is null)
            {
                return NotFound();
            }

            if (outcome.Succeeded)
            {
                TempData.SetStatus(localizer["Thank you: your answer was sent to support staff."]);
                return RedirectToAction(nameof(Details), new { partnerId, caseId });
            }

            outcome.CopyTo(ModelState, nameof(CaseDetailsViewModel.Reply));
        }

        return await cases.GetDetailsAsync(partnerId, caseId, input, cancellationToken) is { } model ? View(nameof(Details), model) : NotFound();
    }

    [HttpGet("{caseId:int}/evidence")]
    public Task<IActionResult> Evidence(string partnerId, int caseId, CancellationToken cancellationToken) =>
        DocumentAsync(partnerId, caseId, null, cancellationToken);

    [HttpGet("{caseId:int}/messages/{messageId:long}/document")]
    public Task<IActionResult> MessageDocument(string partnerId, int caseId, long messageId, CancellationToken cancellationToken) =>
        DocumentAsync(partnerId, caseId, messageId, cancellationToken);

    private async Task<IActionResult> DocumentAsync(string partnerId, int caseId, long? messageId, CancellationToken cancellationToken)
    {
        var organisationId = await partners.FindIdAsync(partnerId, cancellationToken);
        var document = organisationId is null ? null : await cases.OpenDocumentAsync(organisationId, caseId, messageId, cancellationToken);
        return document is null ? NotFound() : File(document.Content, document.ContentType, document.FileName);
    }
}
