using LearningPartner.Application.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Common;

/// <summary>
/// How a staff queue answers a decision (confirm, verify, reject…): back to the queue with what happened in its status line —
/// the confirmation, or why nothing was done; 404 when the item does not exist (Post/Redirect/Get).
/// </summary>
public static class QueueOutcomes
{
    public static IActionResult QueueOutcome(this Controller controller, Result result, string success, IStringLocalizer localizer,
        string queueAction, object? routeValues = null)
    {
        if (result.IsNotFound)
        {
            return controller.NotFound();
        }

        controller.TempData.SetStatus(result.IsDone ? success : RefusalMessages.For(result.Refusal!, localizer));
        return controller.RedirectToAction(queueAction, routeValues);
    }
}
