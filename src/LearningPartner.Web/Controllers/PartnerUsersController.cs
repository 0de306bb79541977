using FluentValidation;
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
        View(await service.GetPageAsync(new LinkPartnerUserInput(), cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Link([Bind(Prefix = FormPrefix)] LinkPartnerUserInput input, CancellationToken cancellationToken)
    {
        if (await validator.ValidateIntoAsync(input, ModelState, FormPrefix))
        {
            var outcome = await service.LinkAsync(input, cancellationToken);
            if (outcome.Succeeded)
            {
                TempData.SetStatus(localizer["{0} can now act for partner {1}.", input.DisplayName!, input.PartnerId!]);
                return RedirectToAction(nameof(Index));
            }

            outcome.CopyTo(ModelState, FormPrefix);
        }

        return View(nameof(Index), await service.GetPageAsync(input, cancellationToken));
    }

    [HttpPost("{id:int}/remove")]
    public async Task<IActionResult> Unlink(int id, CancellationToken cancellationToken)
    {
        if (!await service.UnlinkAsync(id, cancellationToken))
        {
            return NotFound();
        }

        TempData.SetStatus(localizer["The user no longer acts for the organisation."]);
        return RedirectToAction(nameof(Index));
    }
}
