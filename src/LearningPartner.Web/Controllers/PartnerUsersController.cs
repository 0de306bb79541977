using FluentValidation;
using LearningPartner.Application.PartnerUsers;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Features.PartnerUsers;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Controllers;

/// <summary>The user-to-partner table, managed by support staff.</summary>
[Route("staff/partner-users")]
[Authorize(Policy = PortalPolicies.SupportStaff)]
public sealed class PartnerUsersController(
    PartnerUserService service,
    IValidator<LinkPartnerUserInput> validator,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    private const string FormPrefix = nameof(PartnerUsersViewModel.NewLink);

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new PartnerUsersViewModel(await service.ListAsync(cancellationToken), new LinkPartnerUserInput()));

    [HttpPost("")]
    public async Task<IActionResult> Link([Bind(Prefix = FormPrefix)] LinkPartnerUserInput input, CancellationToken cancellationToken)
    {
        if (await validator.ValidateIntoAsync(input, ModelState, FormPrefix))
        {
            var result = await service.LinkAsync(new NewPartnerUser(input.ObjectId!, input.DisplayName!, input.Email!, input.PartnerId!), cancellationToken);
            if (result.IsDone)
            {
                TempData.SetStatus(localizer["{0} can now act for partner {1}.", input.DisplayName!, input.PartnerId!]);
                return RedirectToAction(nameof(Index));
            }

            ModelState.AddRefusal(result.Refusal!, localizer, FormPrefix);
        }

        return View(nameof(Index), new PartnerUsersViewModel(await service.ListAsync(cancellationToken), input));
    }

    [HttpPost("{id:int}/remove")]
    public async Task<IActionResult> Unlink(int id, CancellationToken cancellationToken) =>
        this.QueueOutcome(await service.UnlinkAsync(id, cancellationToken), localizer["The user no longer acts for the organisation."], localizer,
            nameof(Index));
}
