using LearningPartner.Application.Reminders;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearningPartner.Web.Controllers;

/// <summary>Staff see which renewal reminders were sent, to whom and when.</summary>
[Route("staff/reminders")]
[Authorize(Policy = PortalPolicies.Staff)]
public sealed class RemindersController(ReminderQueries reminders) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await reminders.RecentAsync(null, 500, cancellationToken));
}
