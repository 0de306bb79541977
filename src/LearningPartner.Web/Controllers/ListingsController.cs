using FluentValidation;
using LearningPartner.Application.Common;
using LearningPartner.Application.Directory;
using LearningPartner.Application.Listings;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Features.Listings;
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
public sealed class ListingsController(
    ListingRequestService listings,
    DirectoryLogos logos,
    IValidator<ListingInput> validator,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    private const string Prefix = nameof(ListingPageViewModel.Input);

    [HttpGet("")]
    public async Task<IActionResult> Index(PartnerContext partner, CancellationToken cancellationToken)
    {
        var page = await listings.GetAsync(partner, cancellationToken);
        return View(new ListingPageViewModel(page, ListingInput.For(page)));
    }

    /// <summary>The logo sent with one of the partner's own requests, so its people see what the editors review (issue 24).</summary>
    [HttpGet("{listingId:int}/logo")]
    public async Task<IActionResult> Logo(PartnerContext partner, int listingId, CancellationToken cancellationToken) =>
        this.ServeLogo(await logos.OpenOwnAsync(partner.OrganisationId, listingId, cancellationToken));

    [Authorize(Policy = PortalPolicies.PartnerManager)]
    [HttpPost("")]
    [UploadForm]
    public async Task<IActionResult> Submit(PartnerContext partner, [Bind(Prefix = Prefix)] ListingInput input, CancellationToken cancellationToken)
    {
        if (await validator.ValidateIntoAsync(input, ModelState, Prefix))
        {
            var result = await listings.RequestAsync(partner, input.ToDetails(), input.ToAttestation(), input.ToLogoChange(), cancellationToken);
            if (result.IsDone)
            {
                TempData.SetStatus(localizer["Thank you: your listing request joins the next editorial batch."]);
                return RedirectToAction(nameof(Index), new { partnerId = partner.PartnerId });
            }

            ModelState.AddRefusal(result.Refusal!, localizer, Prefix);
        }

        return View(nameof(Index), new ListingPageViewModel(await listings.GetAsync(partner, cancellationToken), input));
    }
}
