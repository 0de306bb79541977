using LearningPartner.Application.Sessions;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Identity;
using LearningPartner.Web.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace LearningPartner.Web.Controllers;

/// <summary>Support staff see who is signed in and end a user's sessions (issue 20, ASVS 5.0 7.4.1).</summary>
[Route("staff/sessions")]
[Authorize(Policy = PortalPolicies.SupportStaff)]
public sealed class SessionsController(SignInSessionService sessions, IOptions<PortalSessionOptions> options, IStringLocalizer<SharedResource> localizer)
    : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await sessions.ListOpenAsync(TimeSpan.FromHours(Math.Max(1, options.Value.AbsoluteHours)), cancellationToken));

    /// <summary>Ends every open session of the user (an Entra object id): they must sign in again, on every device and instance.</summary>
    [HttpPost("{objectId:guid}/end")]
    public async Task<IActionResult> End(Guid objectId, CancellationToken cancellationToken) =>
        this.QueueOutcome(await sessions.EndAllForAsync(objectId.ToString(), cancellationToken),
            localizer["The user's sessions were ended: they must sign in again."], localizer, nameof(Index));
}
