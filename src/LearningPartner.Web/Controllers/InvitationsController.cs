using System.Globalization;
using FluentValidation;
using LearningPartner.Application.Common;
using LearningPartner.Application.Invitations;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Features.Invitations;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Controllers;

/// <summary>
/// R-ORG-2: an organisation's partner admins invite people by email with a role, resend and revoke invitations; the person
/// holding a link opens it signed in (anonymous visitors sign in first and come back) and accepts it. The token alone names
/// the invitation and its organisation: the organisation the person acts for elsewhere plays no part.
/// </summary>
public sealed class InvitationsController(
    InvitationService invitations,
    InvitationAcceptanceService acceptance,
    IValidator<InvitationInput> validator,
    IValidator<InvitationLinkInput> linkValidator,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    private const string FormPrefix = nameof(InvitationsViewModel.NewInvitation);

    [Authorize(Policy = PortalPolicies.PartnerAdmin)]
    [HttpGet("partners/{partnerId}/invitations")]
    public async Task<IActionResult> Index(PartnerContext partner, CancellationToken cancellationToken) =>
        View(new InvitationsViewModel(partner, await invitations.ListAsync(partner, cancellationToken), new InvitationInput()));

    [Authorize(Policy = PortalPolicies.PartnerAdmin)]
    [HttpPost("partners/{partnerId}/invitations")]
    public async Task<IActionResult> Invite(PartnerContext partner, [Bind(Prefix = FormPrefix)] InvitationInput input, CancellationToken cancellationToken)
    {
        if (await validator.ValidateIntoAsync(input, ModelState, FormPrefix))
        {
            var result = await invitations.InviteAsync(partner, new NewInvitation(input.Email!.Trim(), input.Role!, User.PortalName(),
                CultureInfo.CurrentUICulture.Name), cancellationToken);
            if (result.IsDone)
            {
                TempData.SetStatus(Sent(result.Value!, input.Email!.Trim()));
                return RedirectToAction(nameof(Index), new { partnerId = partner.PartnerId });
            }

            ModelState.AddRefusal(result.Refusal!, localizer, FormPrefix);
        }

        return View(nameof(Index), new InvitationsViewModel(partner, await invitations.ListAsync(partner, cancellationToken), input));
    }

    /// <summary>A new link and a new expiry; the old link stops working.</summary>
    [Authorize(Policy = PortalPolicies.PartnerAdmin)]
    [HttpPost("partners/{partnerId}/invitations/{invitationId:int}/resend")]
    public async Task<IActionResult> Resend(PartnerContext partner, int invitationId, CancellationToken cancellationToken)
    {
        var result = await invitations.ResendAsync(partner, invitationId, User.PortalName(), CultureInfo.CurrentUICulture.Name,
            cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        TempData.SetStatus(result.IsDone ? Sent(result.Value!, null) : RefusalMessages.For(result.Refusal!, localizer));
        return RedirectToAction(nameof(Index), new { partnerId = partner.PartnerId });
    }

    [Authorize(Policy = PortalPolicies.PartnerAdmin)]
    [HttpPost("partners/{partnerId}/invitations/{invitationId:int}/revoke")]
    public async Task<IActionResult> Revoke(PartnerContext partner, int invitationId, CancellationToken cancellationToken) =>
        this.QueueOutcome(await invitations.RevokeAsync(partner, invitationId, cancellationToken),
            localizer["The invitation was revoked; its link no longer works."], localizer, nameof(Index), new { partnerId = partner.PartnerId });

    /// <summary>The invitation's page: what it grants, and the Accept button or why this account cannot accept it.</summary>
    [Authorize(Policy = PortalPolicies.SignedIn)]
    [HttpGet("invitations/{token}")]
    public async Task<IActionResult> Show(InvitationLinkInput link, CancellationToken cancellationToken)
    {
        if (await linkValidator.FirstMessageAsync(link) is not null || await acceptance.FindAsync(link.Token!, Invitee(), cancellationToken) is not { } view)
        {
            return NotFound();
        }

        return View(new InvitationPageViewModel(link.Token!, view, view.Refusal is null ? null : RefusalMessages.For(view.Refusal, localizer)));
    }

    /// <summary>Accepts: the membership is made in the invitation's organisation, or nothing changes and the page says why.</summary>
    [Authorize(Policy = PortalPolicies.SignedIn)]
    [HttpPost("invitations/{token}")]
    public async Task<IActionResult> Accept(InvitationLinkInput link, CancellationToken cancellationToken)
    {
        if (await linkValidator.FirstMessageAsync(link) is not null)
        {
            return NotFound();
        }

        var result = await acceptance.AcceptAsync(link.Token!, Invitee(), cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.IsDone)
        {
            // The membership counts from this request on; the organisation's page acts for it (the route names it).
            TempData.SetStatus(localizer["Welcome: you are now a member of this organisation."]);
            return RedirectToAction("Overview", "Partners", new { partnerId = result.Value });
        }

        var view = await acceptance.FindAsync(link.Token!, Invitee(), cancellationToken);
        return view is null
            ? NotFound()
            : View(nameof(Show), new InvitationPageViewModel(link.Token!, view, RefusalMessages.For(result.Refusal!, localizer)));
    }

    /// <summary>The signed-in person as the portal identity has them (ADR-012): tenant and object id, name, verified email.</summary>
    private InvitationInvitee Invitee() =>
        new(User.PortalTenantId() ?? string.Empty, User.PortalObjectId() ?? string.Empty, User.PortalName(), User.PortalEmail());

    private string Sent(InvitationSent sent, string? email) => (sent.Emailed, email) switch
    {
        (true, null) => localizer["A new invitation link was sent; the old link no longer works."],
        (true, _) => localizer["An invitation was sent to {0}.", email],
        _ => localizer["The invitation was saved, but its email could not be sent. Resend it to try again."],
    };
}
