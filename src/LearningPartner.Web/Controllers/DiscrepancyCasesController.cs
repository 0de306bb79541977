using FluentValidation;
using LearningPartner.Application.Common;
using LearningPartner.Application.DiscrepancyCases;
using LearningPartner.Infrastructure.Storage;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Features.DiscrepancyCases;
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
    IValidator<CaseInput> caseValidator,
    IValidator<CaseMessageInput> messageValidator,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    private const string CasePrefix = nameof(CaseFormViewModel.Case);
    private const string ReplyPrefix = nameof(CaseDetailsViewModel.Reply);

    [HttpGet("")]
    public async Task<IActionResult> Index(PartnerContext partner, CancellationToken cancellationToken) =>
        View(await cases.ListAsync(partner, cancellationToken));

    /// <summary>The case form: blank (an invoice missing from the dashboard) or pre-filled from a dashboard row (R-DSC-1).</summary>
    [Authorize(Policy = PortalPolicies.PartnerManager)]
    [HttpGet("new")]
    public IActionResult New(PartnerContext partner, [FromQuery] CaseInput prefill)
    {
        prefill.Evidence = null;
        return Form(partner, prefill);
    }

    [Authorize(Policy = PortalPolicies.PartnerManager)]
    [EnableRateLimiting(RateLimitSetup.Cases)]
    [HttpPost("")]
    [UploadForm]
    public async Task<IActionResult> Submit(PartnerContext partner, [Bind(Prefix = CasePrefix)] CaseInput input, CancellationToken cancellationToken)
    {
        if (await caseValidator.ValidateIntoAsync(input, ModelState, CasePrefix))
        {
            var result = await cases.SubmitAsync(partner, new CaseSubmission(CaseFields.ClaimOf(input), input.Description, UploadedFiles.From(input.Evidence)),
                cancellationToken);
            if (result.IsDone)
            {
                TempData.SetStatus(localizer["Thank you: case {0} was submitted. Support staff will trace it; you will be notified when it changes.", result.Value]);
                return RedirectToAction(nameof(Details), new { partnerId = partner.PartnerId, caseId = result.Value });
            }

            ModelState.AddRefusal(result.Refusal!, localizer, CasePrefix);
        }

        return Form(partner, input, nameof(New));
    }

    [HttpGet("{caseId:int}")]
    public async Task<IActionResult> Details(PartnerContext partner, int caseId, CancellationToken cancellationToken) =>
        await cases.GetAsync(partner, caseId, cancellationToken) is { } c
            ? View(new CaseDetailsViewModel(c, new CaseMessageInput { DocumentType = DocumentTypes.Invoice }))
            : NotFound();

    /// <summary>The partner answers support's request for more information.</summary>
    [Authorize(Policy = PortalPolicies.PartnerManager)]
    [EnableRateLimiting(RateLimitSetup.Uploads)]
    [HttpPost("{caseId:int}/answer")]
    [UploadForm]
    public async Task<IActionResult> Answer(PartnerContext partner, int caseId, Guid version, [Bind(Prefix = ReplyPrefix)] CaseMessageInput input,
        CancellationToken cancellationToken)
    {
        if (await messageValidator.ValidateIntoAsync(input, ModelState, ReplyPrefix))
        {
            var result = await cases.AnswerAsync(partner, caseId, version, input.Text!, UploadedFiles.From(input.Document), cancellationToken);
            if (result.IsNotFound)
            {
                return NotFound();
            }

            if (result.IsDone)
            {
                TempData.SetStatus(localizer["Thank you: your answer was sent to support staff."]);
                return RedirectToAction(nameof(Details), new { partnerId = partner.PartnerId, caseId });
            }

            ModelState.AddRefusal(result.Refusal!, localizer, ReplyPrefix);
        }

        return await cases.GetAsync(partner, caseId, cancellationToken) is { } c ? View(nameof(Details), new CaseDetailsViewModel(c, input)) : NotFound();
    }

    [HttpGet("{caseId:int}/evidence")]
    public Task<IActionResult> Evidence(PartnerContext partner, int caseId, CancellationToken cancellationToken) =>
        DocumentAsync(partner, caseId, null, cancellationToken);

    [HttpGet("{caseId:int}/messages/{messageId:long}/document")]
    public Task<IActionResult> MessageDocument(PartnerContext partner, int caseId, long messageId, CancellationToken cancellationToken) =>
        DocumentAsync(partner, caseId, messageId, cancellationToken);

    private async Task<IActionResult> DocumentAsync(PartnerContext partner, int caseId, long? messageId, CancellationToken cancellationToken) =>
        await cases.OpenDocumentAsync(partner, caseId, messageId, cancellationToken) is { } document
            ? File(document.Content, document.ContentType, document.FileName)
            : NotFound();

    private ViewResult Form(PartnerContext partner, CaseInput input, string? viewName = null)
    {
        input.Currency ??= partner.BillingCurrency;
        input.EvidenceType ??= DocumentTypes.Invoice;
        return View(viewName, new CaseFormViewModel(partner, cases.OmlpTypes(), input));
    }
}
