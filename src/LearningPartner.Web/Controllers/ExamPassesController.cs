using FluentValidation;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Features.Trainers;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Controllers;

/// <summary>A partner's exam passes: everyone of the organisation reads, partner admins change (R-ROLE-1).</summary>
[Route("partners/{partnerId}/exams")]
[Authorize(Policy = PortalPolicies.PartnerDataReader)]
public sealed class ExamPassesController(
    ExamPassService exams,
    PartnerLookup partners,
    IValidator<ExamPassInput> validator,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    private const string NewPrefix = nameof(ExamPassesViewModel.NewExamPass);

    [HttpGet("")]
    public async Task<IActionResult> Index(string partnerId, CancellationToken cancellationToken)
    {
        var model = await exams.GetPageAsync(partnerId, new ExamPassInput(), cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [Authorize(Policy = PortalPolicies.PartnerManager)]
    [HttpPost("")]
    public async Task<IActionResult> Add(string partnerId, [Bind(Prefix = NewPrefix)] ExamPassInput input, CancellationToken cancellationToken)
    {
        if (await partners.FindIdAsync(partnerId, cancellationToken) is not { } organisationId)
        {
            return NotFound();
        }

        if (await validator.ValidateIntoAsync(input, ModelState, NewPrefix))
        {
            await exams.AddAsync(organisationId, input, cancellationToken);
            TempData.SetStatus(localizer["The exam pass was recorded."]);
            return RedirectToAction(nameof(Index), new { partnerId });
        }

        return View(nameof(Index), await exams.GetPageAsync(partnerId, input, cancellationToken));
    }

    [Authorize(Policy = PortalPolicies.PartnerManager)]
    [HttpPost("{examPassId:int}/remove")]
    public async Task<IActionResult> Remove(string partnerId, int examPassId, CancellationToken cancellationToken)
    {
        var organisationId = await partners.FindIdAsync(partnerId, cancellationToken);
        if (organisationId is null || !await exams.RemoveAsync(organisationId.Value, examPassId, cancellationToken))
        {
            return NotFound();
        }

        TempData.SetStatus(localizer["The exam pass was removed."]);
        return RedirectToAction(nameof(Index), new { partnerId });
    }
}
