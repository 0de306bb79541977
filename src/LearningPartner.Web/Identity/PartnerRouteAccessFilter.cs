using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace LearningPartner.Web.Identity;

/// <summary>
/// R-ROLE-4 for every route with a {partnerId}: a partner user asking for another organisation gets 404,
/// exactly as if it did not exist, so ids of other organisations reveal nothing. Applied globally, so a
/// new partner route is protected without remembering to.
/// </summary>
internal sealed class PartnerRouteAccessFilter(ILogger<PartnerRouteAccessFilter> logger) : IAsyncActionFilter
{
    public const string RouteKey = "partnerId";

    public Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (context.RouteData.Values.TryGetValue(RouteKey, out var value))
        {
            var partnerId = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
            var user = context.HttpContext.User;
            // Staff read every organisation (R-ROLE-4); a change to a partner's data comes only from its own
            // people (R-ROLE-1) — even a staff member who also holds a partner role elsewhere.
            var changes = !HttpMethods.IsGet(context.HttpContext.Request.Method) && !HttpMethods.IsHead(context.HttpContext.Request.Method);
            if (!user.CanSeePartner(partnerId) || (changes && !string.Equals(user.PartnerId(), partnerId, StringComparison.Ordinal)))
            {
                logger.LogWarning("Authorization refused (another organisation) for {User} on {Method} {Path}", user.PortalObjectId() ?? "anonymous",
                        context.HttpContext.Request.Method, context.HttpContext.Request.Path.Value);
                context.Result = new NotFoundResult();
                return Task.CompletedTask;
            }
        }

        return next();
    }
}
