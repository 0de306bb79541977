using FluentValidation;
using LearningPartner.Application.Common;
using LearningPartner.Application.Trainers;
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
    IValidator<TrainerInput> validator,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    private const string NewPrefix = nameof(TrainersViewModel.NewTrainer);
    private const string EditPrefix = nameof(TrainerEditViewModel.Input);

    [HttpGet("")]
    public async Task<IActionResult> Index(PartnerContext partner, CancellationToken cancellationToken) =>
        View(new TrainersViewModel(await trainers.ListAsync(partner, cancellationToken), new TrainerInput()));

    [Authorize(Policy = PortalPolicies.PartnerManager)]
    [HttpPost("")]
    public async Task<IActionResult> Add(PartnerContext partner, [Bind(Prefix = NewPrefix)] TrainerInput input, CancellationToken cancellationToken)
    {
        if (await validator.ValidateIntoAsync(input, ModelState, NewPrefix))
        {
            var result = await trainers.AddAsync(partner, input.Name!, input.MctId!, DateInput.Parse(input.ValidUntil!), cancellationToken);
            if (result.IsDone)
            {
                TempData.SetStatus(localizer["{0} was added.", input.Name!]);
                return RedirectToAction(nameof(Index), new { partnerId = partner.PartnerId });
            }

            ModelState.AddRefusal(result.Refusal!, localizer, NewPrefix);
        }

        return View(nameof(Index), new TrainersViewModel(await trainers.ListAsync(partner, cancellationToken), input));
    }

    [Authorize(Policy = PortalPolicies.PartnerManager)]
    [HttpGet("{trainerId:int}/edit")]
    public async Task<IActionResult> Edit(PartnerContext partner, int trainerId, CancellationToken cancellationToken) =>
        await trainers.GetAsync(partner, trainerId, cancellationToken) is { } trainer
            ? View(new TrainerEditViewModel(partner.PartnerId, trainerId, TrainerInput.Of(trainer)))
            : NotFound();

    [Authorize(Policy = PortalPolicies.PartnerManager)]
    [HttpPost("{trainerId:int}/edit")]
    public async Task<IActionResult> Edit(PartnerContext partner, int trainerId, [Bind(Prefix = EditPrefix)] TrainerInput input,
        CancellationToken cancellationToken)
    {
        if (await validator.ValidateIntoAsync(input, ModelState, EditPrefix))
        {
            var result = await trainers.ChangeAsync(partner, trainerId, input.ToDetails(), cancellationToken);
            if (result.IsNotFound)
            {
                return NotFound();
            }

            if (result.IsDone)
            {
                TempData.SetStatus(localizer["{0} was saved.", input.Name!]);
                return RedirectToAction(nameof(Index), new { partnerId = partner.PartnerId });
            }

            ModelState.AddRefusal(result.Refusal!, localizer, EditPrefix);
        }

        return View(new TrainerEditViewModel(partner.PartnerId, trainerId, input));
    }

    [Authorize(Policy = PortalPolicies.PartnerManager)]
    [HttpPost("{trainerId:int}/retire")]
    public async Task<IActionResult> Retire(PartnerContext partner, int trainerId, CancellationToken cancellationToken) =>
        this.QueueOutcome(await trainers.RetireAsync(partner, trainerId, cancellationToken), localizer["The trainer was retired."], localizer,
            nameof(Index), new { partnerId = partner.PartnerId });
}
