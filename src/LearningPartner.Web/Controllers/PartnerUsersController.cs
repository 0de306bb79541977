using FluentValidation;
using LearningPartner.Application.PartnerUsers;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Features.PartnerUsers;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Controllers;

/// <summary>Memberships, linked and unlinked by support staff with a reason (ADR-012).</summary>
[Route("staff/partner-users")]
[Authorize(Policy = PortalPolicies.SupportStaff)]
public sealed class PartnerUsersController(
    PartnerUserService service,
    IValidator<LinkPartnerUserInput> validator,
    IValidator<UnlinkPartnerUserInput> unlinkValidator,
    HomeTenant home,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    private const string FormPrefix = nameof(PartnerUsersViewModel.NewLink);
    private const string UnlinkPrefix = "Unlink";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new PartnerUsersViewModel(await service.ListAsync(cancellationToken), new LinkPartnerUserInput { TenantId = home.TenantId }));

    [HttpPost("")]
    public async Task<IActionResult> Link([Bind(Prefix = FormPrefix)] LinkPartnerUserInput input, CancellationToken cancellationToken)
    {
        if (await validator.ValidateIntoAsync(input, ModelState, FormPrefix))
        {
            var result = await service.LinkAsync(
                new NewPartnerUser(input.TenantId!, input.ObjectId!, input.DisplayName!, input.Email!, input.PartnerId!, input.Role!, input.Reason!),
                cancellationToken);
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
    public async Task<IActionResult> Unlink(int id, [Bind(Prefix = UnlinkPrefix)] UnlinkPartnerUserInput input, CancellationToken cancellationToken)
    {
        if (!await unlinkValidator.ValidateIntoAsync(input, ModelState, UnlinkPrefix))
        {
            return View(nameof(Index), new PartnerUsersViewModel(await service.ListAsync(cancellationToken), new LinkPartnerUserInput { TenantId = home.TenantId }));
        }

        return this.QueueOutcome(await service.UnlinkAsync(id, input.Reason!, cancellationToken), localizer["The user no longer acts for the organisation."],
            localizer, nameof(Index));
    }
}
