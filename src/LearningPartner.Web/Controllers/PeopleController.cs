using FluentValidation;
using LearningPartner.Application.Common;
using LearningPartner.Application.People;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Features.People;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Controllers;

/// <summary>R-ORG-2: the organisation's partner admins change its people's roles and deactivate them.</summary>
[Route("partners/{partnerId}/people")]
[Authorize(Policy = PortalPolicies.PartnerAdmin)]
public sealed class PeopleController(PeopleService people, IValidator<ChangeRoleInput> validator, IStringLocalizer<SharedResource> localizer)
    : Controller
{
    public const string FormPrefix = "Person";

    [HttpGet("")]
    public async Task<IActionResult> Index(PartnerContext partner, CancellationToken cancellationToken) =>
        View(new PeopleViewModel(partner, await people.ListAsync(partner, cancellationToken)));

    [HttpPost("{personId:int}/role")]
    public async Task<IActionResult> ChangeRole(PartnerContext partner, int personId, [Bind(Prefix = FormPrefix)] ChangeRoleInput input,
        CancellationToken cancellationToken)
    {
        if (!await validator.ValidateIntoAsync(input, ModelState, FormPrefix))
        {
            return View(nameof(Index), new PeopleViewModel(partner, await people.ListAsync(partner, cancellationToken)));
        }

        return this.QueueOutcome(await people.ChangeRoleAsync(partner, personId, input.Role!, cancellationToken), localizer["The role was changed."],
            localizer, nameof(Index), new { partnerId = partner.PartnerId });
    }

    [HttpPost("{personId:int}/deactivate")]
    public async Task<IActionResult> Deactivate(PartnerContext partner, int personId, CancellationToken cancellationToken) =>
        this.QueueOutcome(await people.DeactivateAsync(partner, personId, cancellationToken),
            localizer["The person was deactivated: they lose the organisation's data at their next request."], localizer, nameof(Index),
            new { partnerId = partner.PartnerId });

    [HttpPost("{personId:int}/reactivate")]
    public async Task<IActionResult> Reactivate(PartnerContext partner, int personId, CancellationToken cancellationToken) =>
        this.QueueOutcome(await people.ReactivateAsync(partner, personId, cancellationToken),
            localizer["The person was reactivated: they have the organisation again at their next request, with the role shown."], localizer,
            nameof(Index), new { partnerId = partner.PartnerId });
}
