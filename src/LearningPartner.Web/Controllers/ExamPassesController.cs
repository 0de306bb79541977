using FluentValidation;
using LearningPartner.Application.Common;
using LearningPartner.Application.ExamPasses;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Features.ExamPasses;
using LearningPartner.Web.Identity;
using LearningPartner.Web.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Controllers;

/// <summary>A partner's exam passes: everyone of the organisation reads, partner admins change (R-ROLE-1).</summary>
[Route("partners/{partnerId}/exams")]
[Authorize(Policy = PortalPolicies.PartnerDataReader)]
public sealed class ExamPassesController(
    ExamPassService exams,
    IValidator<ExamPassInput> validator,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    private const string NewPrefix = nameof(ExamPassesViewModel.NewExamPass);

    [HttpGet("")]
    public async Task<IActionResult> Index(PartnerContext partner, CancellationToken cancellationToken) =>
        View(new ExamPassesViewModel(await exams.ListAsync(partner, cancellationToken), new ExamPassInput()));

    /// <summary>R-MCT-1: a claim with its certification or transcript link and/or PDF.</summary>
    [Authorize(Policy = PortalPolicies.PartnerManager)]
    [EnableRateLimiting(RateLimitSetup.Uploads)]
    [HttpPost("")]
    [UploadForm]
    public async Task<IActionResult> Add(PartnerContext partner, [Bind(Prefix = NewPrefix)] ExamPassInput input, CancellationToken cancellationToken)
    {
        if (await validator.ValidateIntoAsync(input, ModelState, NewPrefix))
        {
            var result = await exams.AddAsync(partner, input.ToClaim(User.PortalName()), cancellationToken);
            if (result.IsDone)
            {
                TempData.SetStatus(localizer["The exam pass was recorded. It counts once support staff have verified it."]);
                return RedirectToAction(nameof(Index), new { partnerId = partner.PartnerId });
            }

            ModelState.AddRefusal(result.Refusal!, localizer, NewPrefix);
        }

        return View(nameof(Index), new ExamPassesViewModel(await exams.ListAsync(partner, cancellationToken), input));
    }

    /// <summary>R-MCT-1: the transcript or certificate PDF of one of the organisation's exam claims, as an attachment.</summary>
    [HttpGet("{examPassId:int}/evidence")]
    public async Task<IActionResult> Evidence(PartnerContext partner, int examPassId, CancellationToken cancellationToken) =>
        await exams.OpenEvidenceAsync(partner, examPassId, cancellationToken) is { } document
            ? File(document.Content, document.ContentType, document.FileName)
            : NotFound();

    [Authorize(Policy = PortalPolicies.PartnerManager)]
    [HttpPost("{examPassId:int}/remove")]
    public async Task<IActionResult> Remove(PartnerContext partner, int examPassId, CancellationToken cancellationToken) =>
        this.QueueOutcome(await exams.RemoveAsync(partner, examPassId, cancellationToken), localizer["The exam pass was removed."], localizer,
            nameof(Index), new { partnerId = partner.PartnerId });
}
