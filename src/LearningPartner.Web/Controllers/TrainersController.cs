using FluentValidation;
using LearningPartner.Application.Common;
using LearningPartner.Application.Trainers;
using LearningPartner.Infrastructure.Time;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Features.Trainers;
using LearningPartner.Web.Identity;
using LearningPartner.Web.Startup;
using LearningPartner.Web.Views.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Controllers;

/// <summary>A partner's MCTs: everyone of the organisation reads, partner admins change (R-ROLE-1).</summary>
[Route("partners/{partnerId}/trainers")]
[Authorize(Policy = PortalPolicies.PartnerDataReader)]
public sealed class TrainersController(
    TrainerService trainers,
    IValidator<TrainerInput> validator,
    IValidator<TrainerLeavingInput> leavingValidator,
    IStringLocalizer<SharedResource> localizer,
    ProgramClock clock) : Controller
{
    private const string NewPrefix = nameof(TrainersViewModel.NewTrainer);
    private const string EditPrefix = nameof(TrainerEditViewModel.Input);

    [HttpGet("")]
    public async Task<IActionResult> Index(PartnerContext partner, CancellationToken cancellationToken) =>
        View(new TrainersViewModel(await trainers.ListAsync(partner, cancellationToken), new TrainerInput()));

    /// <summary>R-MCT-1: a claim with its transcript share link and/or PDF.</summary>
    [Authorize(Policy = PortalPolicies.PartnerManager)]
    [EnableRateLimiting(RateLimitSetup.Uploads)]
    [HttpPost("")]
    [UploadForm]
    public async Task<IActionResult> Add(PartnerContext partner, [Bind(Prefix = NewPrefix)] TrainerInput input, CancellationToken cancellationToken)
    {
        if (await validator.ValidateIntoAsync(input, ModelState, NewPrefix))
        {
            var result = await trainers.AddAsync(partner, input.ToClaim(User.PortalName()), cancellationToken);
            if (result.IsDone)
            {
                TempData.SetStatus(localizer["{0} was added. The trainer counts once support staff have verified the claim.", input.Name!]);
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

    /// <summary>A change of the trainer, optionally with a new transcript PDF (a new claim, R-MCT-1).</summary>
    [Authorize(Policy = PortalPolicies.PartnerManager)]
    [EnableRateLimiting(RateLimitSetup.Uploads)]
    [HttpPost("{trainerId:int}/edit")]
    [UploadForm]
    public async Task<IActionResult> Edit(PartnerContext partner, int trainerId, [Bind(Prefix = EditPrefix)] TrainerInput input,
        CancellationToken cancellationToken)
    {
        if (await validator.ValidateIntoAsync(input, ModelState, EditPrefix))
        {
            var result = await trainers.ChangeAsync(partner, trainerId, input.ToDetails(), UploadedFiles.From(input.EvidenceDocument),
                User.PortalName(), cancellationToken);
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

    /// <summary>R-MCT-1: the transcript PDF of one of the organisation's trainer claims, as an attachment.</summary>
    [HttpGet("{trainerId:int}/evidence")]
    public async Task<IActionResult> Evidence(PartnerContext partner, int trainerId, CancellationToken cancellationToken) =>
        await trainers.OpenEvidenceAsync(partner, trainerId, cancellationToken) is { } document
            ? File(document.Content, document.ContentType, document.FileName)
            : NotFound();

    /// <summary>R-MCT-2: the trainer left the partner from a date (today when none is given); they count until the day before.</summary>
    [Authorize(Policy = PortalPolicies.PartnerManager)]
    [HttpPost("{trainerId:int}/retire")]
    public async Task<IActionResult> Retire(PartnerContext partner, int trainerId, TrainerLeavingInput input, CancellationToken cancellationToken)
    {
        if (await leavingValidator.FirstMessageAsync(input) is { } message)
        {
            TempData.SetStatus(message);
            return RedirectToAction(nameof(Index), new { partnerId = partner.PartnerId });
        }

        var date = string.IsNullOrWhiteSpace(input.LeftOn) ? clock.Today : DateInput.Parse(input.LeftOn);
        return this.QueueOutcome(await trainers.RetireAsync(partner, trainerId, date, cancellationToken),
            localizer["The trainer's affiliation ends on {0}: they count until the day before.", Display.Date(date)], localizer,
            nameof(Index), new { partnerId = partner.PartnerId });
    }
}
