using System.Security.Claims;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Routing;

namespace LearningPartner.UnitTests.Identity;

/// <summary>R-ROLE-1/R-ROLE-4 for every {partnerId} route, as data: who may read, who may change.</summary>
public sealed class PartnerRouteAccessFilterTests
{
    [Theory]
    // roles, own partner, route partner, method, allowed
    [InlineData("PartnerAdmin", "4100001", "4100001", "POST", true)]
    [InlineData("PartnerAdmin", "4100001", "4100002", "GET", false)]
    [InlineData("PartnerAdmin", "4100001", "4100002", "POST", false)]
    [InlineData("SupportStaff", null, "4100002", "GET", true)]       // staff read every organisation
    [InlineData("SupportStaff", null, "4100002", "POST", false)]     // …but change none
    [InlineData("SupportStaff,PartnerAdmin", "4100001", "4100002", "POST", false)] // staff and admin elsewhere: still not B's
    [InlineData("SupportStaff,PartnerAdmin", "4100001", "4100001", "POST", true)]
    [InlineData("PartnerUser", "4100001", "4100001", "GET", true)]
    public async Task ReadsAndChangesFollowTheOrganisation(string roles, string? ownPartner, string routePartner, string method, bool allowed)
    {
        var identity = new PortalUserIdentity("oid", "Someone", roles.Split(','),
            ownPartner is null ? null : new PartnerLink(1, ownPartner, "Own")).ToClaimsIdentity();
        var http = new DefaultHttpContext { User = new ClaimsPrincipal(identity) };
        http.Request.Method = method;
        var route = new RouteData();
        route.Values["partnerId"] = routePartner;
        var context = new ActionExecutingContext(new ActionContext(http, route, new ActionDescriptor()), [], new Dictionary<string, object?>(), new object());
        var reached = false;

        await new PartnerRouteAccessFilter(Microsoft.Extensions.Logging.Abstractions.NullLogger<PartnerRouteAccessFilter>.Instance).OnActionExecutionAsync(context, () =>
        {
            reached = true;
            return Task.FromResult(new ActionExecutedContext(context, [], new object()));
        });

        Assert.Equal(allowed, reached);
        Assert.Equal(allowed, context.Result is null);
        if (!allowed)
        {
            Assert.IsType<NotFoundResult>(context.Result);
        }
    }
}
