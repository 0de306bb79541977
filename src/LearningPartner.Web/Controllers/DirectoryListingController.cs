using FluentValidation;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Features.PartnerDirectory;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Controllers;

/// <summary>
/// A partner's directory listing (R-DIR-1..5): its people and staff read where it stands; partner admins request a
/// listing or a change (R-ROLE-1).
/// </summary>
[Route("partners/{partnerId}/directory")]
[Authorize(Policy = PortalPolicies.PartnerDataReader)]
public sealed class DirectoryListingController(
    ListingRequestService listings,
    PartnerLookup partners,
    IValidator<ListingInput> validator,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    private const string Prefix = nameof(ListingPageViewModel.Input);

    [HttpGet("")]
    public async Task<IActionResult> Index(string partnerId, CancellationToken cancellationToken) =>
        await listings.GetPageAsync(partnerId, null, cancellationToken) is { } model ? View(model) : NotFound();

    [Authorize(Policy = PortalPolicies.PartnerManager)]
    [HttpPost("")]
    public async Task<IActionResult> Submit(string partnerId, [Bind(Prefix = Prefix)] ListingInput input, CancellationToken cancellationToken)
    {
        if (await partners.FindIdAsync(partnerId, cancellationToken) is not { } organisationId)
        {
            return NotFound();
        }

        if (await validator.ValidateIntoAsync(input, ModelState, Prefix))
        {
            var outcome = await listings.RequestAsync(organisationId, input, cancellationToken);
            if (outcome.Succeeded)
            {
                TempData.SetStatus(localizer["Thank you: your listing request joins the next editorial batch."]);
                return RedirectToAction(nameof(Index), new { partnerId });
            }

            outcome.CopyTo(ModelState, Prefix);
        }

        return View(nameof(Index), await listings.GetPageAsync(partnerId, input, cancellationToken));
    }
}
