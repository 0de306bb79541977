using FluentValidation;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Features.Trainers;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Controllers;

/// <summary>A partner's MCTs: everyone of the organisation reads, partner admins change (R-ROLE-1).</summary>
[Route("partners/{partnerId}/trainers")]
[Authorize(Policy = PortalPolicies.PartnerDataReader)]
public sealed class TrainersController(
    TrainerService trainers,
    PartnerLookup partners,
    IValidator<TrainerInput> validator,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    private const string NewPrefix = nameof(TrainersViewModel.NewTrainer);
    private const string EditPrefix = nameof(TrainerEditViewModel.Input);

    [HttpGet("")]
    public async Task<IActionResult> Index(string partnerId, CancellationToken cancellationToken)
    {
        var model = await trainers.GetPageAsync(partnerId, new TrainerInput(), cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [Authorize(Policy = PortalPolicies.PartnerManager)]
    [HttpPost("")]
    public async Task<IActionResult> Add(string partnerId, [Bind(Prefix = NewPrefix)] TrainerInput input, CancellationToken cancellationToken)
    {
        if (await partners.FindIdAsync(partnerId, cancellationToken) is not { } organisationId)
        {
            return NotFound();
        }

        if (await validator.ValidateIntoAsync(input, ModelState, NewPrefix))
        {
            var outcome = await trainers.AddAsync(organisationId, input, cancellationToken);
            if (outcome.Succeeded)
            {
                TempData.SetStatus(localizer["{0} was added.", input.Name!]);
                return RedirectToAction(nameof(Index), new { partnerId });
            }

            outcome.CopyTo(ModelState, NewPrefix);
        }

        return View(nameof(Index), await trainers.GetPageAsync(partnerId, input, cancellationToken));
    }

    [Authorize(Policy = PortalPolicies.PartnerManager)]
    [HttpGet("{trainerId:int}/edit")]
    public async Task<IActionResult> Edit(string partnerId, int trainerId, CancellationToken cancellationToken)
    {
        var organisationId = await partners.FindIdAsync(partnerId, cancellationToken);
        var input = organisationId is null ? null : await trainers.GetForEditAsync(organisationId.Value, trainerId, cancellationToken);
        return input is null ? NotFound() : View(new TrainerEditViewModel(partnerId, trainerId, input));
    }

    [Authorize(Policy = PortalPolicies.PartnerManager)]
    [HttpPost("{trainerId:int}/edit")]
    public async Task<IActionResult> Edit(string partnerId, int trainerId, [Bind(Prefix = EditPrefix)] TrainerInput input,
        CancellationToken cancellationToken)
    {
        if (await partners.FindIdAsync(partnerId, cancellationToken) is not { } organisationId)
        {
            return NotFound();
        }

        if (await validator.ValidateIntoAsync(input, ModelState, EditPrefix))
        {
            var outcome = await trainers.UpdateAsync(organisationId, trainerId, input, cancellationToken);
            if (outcome is null)
            {
                return NotFound();
            }

            if (outcome.Succeeded)
            {
                TempData.SetStatus(localizer["{0} was saved.", input.Name!]);
                return RedirectToAction(nameof(Index), new { partnerId });
            }

            outcome.CopyTo(ModelState, EditPrefix);
        }

        return View(new TrainerEditViewModel(partnerId, trainerId, input));
    }

    [Authorize(Policy = PortalPolicies.PartnerManager)]
    [HttpPost("{trainerId:int}/retire")]
    public async Task<IActionResult> Retire(string partnerId, int trainerId, CancellationToken cancellationToken)
    {
        var organisationId = await partners.FindIdAsync(partnerId, cancellationToken);
        var outcome = organisationId is null ? null : await trainers.RetireAsync(organisationId.Value, trainerId, cancellationToken);
        if (outcome is null)
        {
            return NotFound();
        }

        TempData.SetStatus(outcome.Succeeded ? localizer["The trainer was retired."] : outcome.FieldErrors.Values.First());
        return RedirectToAction(nameof(Index), new { partnerId });
    }
}
