using FluentValidation;
using LearningPartner.Application.Resources;
using LearningPartner.Domain.Resources;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Features.Resources;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Controllers;

/// <summary>R-RES-1: public links for partners and those about to enroll; staff (support and directory editors, R-ROLE-4) edit them.</summary>
[Route("resources")]
public sealed class ResourcesController(
    ResourceLinkService service,
    IValidator<ResourceLinkInput> validator,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    private const string FormPrefix = nameof(ResourceLinkEditViewModel.Input);

    [AllowAnonymous]
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await service.ListAsync(cancellationToken));

    [Authorize(Policy = PortalPolicies.Staff)]
    [HttpGet("{kind}/edit")]
    public async Task<IActionResult> Edit(ResourceLinkKind kind, CancellationToken cancellationToken) =>
        await service.GetAsync(kind, cancellationToken) is { } link
            ? View(new ResourceLinkEditViewModel(kind, ResourceLinkInput.Of(link)))
            : NotFound();

    [Authorize(Policy = PortalPolicies.Staff)]
    [HttpPost("{kind}/edit")]
    public async Task<IActionResult> Edit(ResourceLinkKind kind, [Bind(Prefix = FormPrefix)] ResourceLinkInput input,
        CancellationToken cancellationToken)
    {
        if (await validator.ValidateIntoAsync(input, ModelState, FormPrefix))
        {
            var result = await service.ChangeAsync(kind, input.ToDetails(), cancellationToken);
            if (result.IsNotFound)
            {
                return NotFound();
            }

            if (result.IsDone)
            {
                TempData.SetStatus(localizer["The link was saved."]);
                return RedirectToAction(nameof(Index));
            }

            ModelState.AddRefusal(result.Refusal!, localizer, FormPrefix);
        }

        return View(new ResourceLinkEditViewModel(kind, input));
    }
}
