using LearningPartner.Application.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace LearningPartner.Web.Identity;

/// <summary>
/// R-ROLE-4 for every route with a {partnerId}: a partner user asking for another organisation gets 404, exactly as if it
/// did not exist, so ids of other organisations reveal nothing. Applied globally, so a new partner route is protected
/// without remembering to. Once access is decided it resolves the organisation — once per request — into the
/// <see cref="PartnerContext"/> the action and its use cases take (<see cref="PartnerContextBinder"/>): from the user's own
/// link, read at the start of the request, or for staff by one read of the organisation row. It runs before model binding.
/// </summary>
internal sealed class PartnerRouteAccessFilter(ILogger<PartnerRouteAccessFilter> logger) : IAsyncResourceFilter
{
    public const string RouteKey = "partnerId";

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        if (context.RouteData.Values.TryGetValue(RouteKey, out var value))
        {
            var http = context.HttpContext;
            var partnerId = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
            var user = http.User;
            // Staff read every organisation (R-ROLE-4); a change to a partner's data comes only from its own people
            // (R-ROLE-1) — even a staff member who also holds a partner role elsewhere.
            var changes = !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method);
            if (!user.CanSeePartner(partnerId) || (changes && !string.Equals(user.PartnerId(), partnerId, StringComparison.Ordinal)))
            {
                logger.LogWarning("Authorization refused (another organisation) for {User} on {Method} {Path}", user.PortalObjectId() ?? "anonymous",
                    http.Request.Method, http.Request.Path.Value);
                context.Result = new NotFoundResult();
                return;
            }

            // The reader of the organisation row (and its DbContext) is asked for only when it is needed: staff reading a partner.
            var own = RequestPartner.Of(http);
            var partner = own is not null && own.PartnerId == partnerId
                ? own
                : await http.RequestServices.GetRequiredService<PartnerContexts>().FindAsync(partnerId, http.RequestAborted);
            if (partner is null)
            {
                context.Result = new NotFoundResult();
                return;
            }

            http.Features.Set(new RoutePartner(partner));
            if (ReferenceEquals(partner, own) && user.MemberOf().Skip(1).Any()
                && http.Request.Cookies[ActingFor.CookieName] != partnerId)
            {
                // A person of several organisations who opens one acts for it on the pages that name none, too.
                ActingFor.Remember(http.Response, partnerId, http.Request.IsHttps);
            }
        }

        await next();
    }
}
