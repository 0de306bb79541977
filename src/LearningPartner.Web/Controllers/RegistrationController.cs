using FluentValidation;
using LearningPartner.Application.Common;
using LearningPartner.Application.Registration;
using LearningPartner.Infrastructure.Time;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Features.Registration;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace LearningPartner.Web.Controllers;

/// <summary>
/// R-ORG-1: a signed-in person who belongs to no organisation registers their training company and becomes its first
/// partner admin; partner admins accept a newer version of the program agreement.
/// </summary>
[Authorize(Policy = PortalPolicies.SignedIn)]
public sealed class RegistrationController(
    RegistrationService registration,
    IValidator<RegistrationInput> validator,
    IOptions<ProgramOptions> program,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    private const string Prefix = nameof(RegistrationViewModel.Input);

    [HttpGet("/register")]
    public async Task<IActionResult> Register(CancellationToken cancellationToken) =>
        await MayRegisterAsync(cancellationToken)
            ? View(new RegistrationViewModel(new RegistrationInput(), program.Value.AgreementVersion))
            : RedirectToAction(nameof(HomeController.Dashboard), "Home");

    [HttpPost("/register")]
    public async Task<IActionResult> Register([Bind(Prefix = Prefix)] RegistrationInput input, CancellationToken cancellationToken)
    {
        if (!await MayRegisterAsync(cancellationToken))
        {
            return RedirectToAction(nameof(HomeController.Dashboard), "Home");
        }

        if (await validator.ValidateIntoAsync(input, ModelState, Prefix))
        {
            var result = await registration.RegisterAsync(Registrant(input.ContactEmail!), input.ToCommand(), cancellationToken);
            if (result.IsDone)
            {
                TempData.SetStatus(localizer["Your company is registered with partner id {0}. Support staff will verify it.", result.Value!]);
                return RedirectToAction(nameof(PartnersController.Overview), "Partners", new { partnerId = result.Value });
            }

            ModelState.AddRefusal(result.Refusal!, localizer, Prefix);
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(new RegistrationViewModel(input, program.Value.AgreementVersion));
    }

    /// <summary>R-ORG-1: a partner admin accepts the program agreement's current version.</summary>
    [Authorize(Policy = PortalPolicies.PartnerAdmin)]
    [HttpPost("/partners/{partnerId}/agreement")]
    public async Task<IActionResult> AcceptAgreement(PartnerContext partner, CancellationToken cancellationToken)
    {
        await registration.AcceptAgreementAsync(partner, Registrant(string.Empty), cancellationToken);
        TempData.SetStatus(localizer["You accepted version {0} of the program agreement.", program.Value.AgreementVersion]);
        return RedirectToAction(nameof(PartnersController.Overview), "Partners", new { partnerId = partner.PartnerId });
    }

    /// <summary>Staff and people who already belong to an organisation are not offered sign-up.</summary>
    private async Task<bool> MayRegisterAsync(CancellationToken cancellationToken) =>
        !User.IsStaff() && User.PortalTenantId() is { } tenant && User.PortalObjectId() is { } person
        && await registration.MayRegisterAsync(tenant, person, cancellationToken);

    private Registrant Registrant(string fallbackEmail)
    {
        var email = User.FindFirst(PortalClaimTypes.EntraPreferredUsername)?.Value;
        return new Registrant(User.PortalTenantId()!, User.PortalObjectId()!, User.PortalName(),
            string.IsNullOrWhiteSpace(email) ? (string.IsNullOrWhiteSpace(fallbackEmail) ? User.PortalName() : fallbackEmail) : email);
    }
}
