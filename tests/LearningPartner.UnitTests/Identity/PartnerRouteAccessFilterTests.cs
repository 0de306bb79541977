using System.Security.Claims;
using LearningPartner.Application.Common;
using LearningPartner.Domain.Partners;
using LearningPartner.UnitTests.Persistence;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace LearningPartner.UnitTests.Identity;

/// <summary>
/// R-ROLE-1/R-ROLE-4 for every {partnerId} route, as data: who may read, who may change. When access is allowed the filter
/// resolves the organisation once into the request's <see cref="PartnerContext"/>, on a real SQLite database.
/// </summary>
public sealed class PartnerRouteAccessFilterTests : IDisposable
{
    private readonly SqliteConnection _connection = TestDatabases.OpenMigratedSqlite();
    private readonly Dictionary<string, int> _organisations = [];

    public PartnerRouteAccessFilterTests()
    {
        using var db = TestDatabases.Sqlite(_connection);
        var contoso = new PartnerOrganisation("4100001", "Contoso Learning", "US");
        var fabrikam = new PartnerOrganisation("4100002", "Fabrikam Training", "FR", "EUR");
        db.PartnerOrganisations.AddRange(contoso, fabrikam);
        db.SaveChanges();
        _organisations[contoso.PartnerId] = contoso.Id;
        _organisations[fabrikam.PartnerId] = fabrikam.Id;
    }

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
    [InlineData("SupportStaff", null, "4109999", "GET", false)]      // no such organisation: 404 as well
    public async Task ReadsAndChangesFollowTheOrganisation(string roles, string? ownPartner, string routePartner, string method, bool allowed)
    {
        var (context, reached) = await RunAsync(roles, ownPartner, routePartner, method);

        Assert.Equal(allowed, reached);
        if (allowed)
        {
            Assert.Null(context.Result);
        }
        else
        {
            Assert.IsType<NotFoundResult>(context.Result);
        }
    }

    [Fact]
    public async Task StaffGetTheRoutesOrganisationReadFromTheDatabase()
    {
        var (context, _) = await RunAsync("SupportStaff", null, "4100002", "GET");

        var partner = context.HttpContext.Features.Get<RoutePartner>()!.Partner;
        Assert.Equal(new PartnerContext(_organisations["4100002"], "4100002", "Fabrikam Training", "FR", "EUR", partner.DataVersion), partner);
        Assert.NotEqual(0, partner.DataVersion);
    }

    [Fact]
    public async Task APartnerUserGetsItsOwnOrganisationAsTheRequestReadIt()
    {
        var (context, _) = await RunAsync("PartnerAdmin", "4100001", "4100001", "GET");

        // The link read at the start of the request is used as it is: no second read of the organisation.
        Assert.Same(context.HttpContext.Features.Get<RequestPartner>()!.Partner, context.HttpContext.Features.Get<RoutePartner>()!.Partner);
    }

    public void Dispose() => _connection.Dispose();

    private async Task<(ResourceExecutingContext Context, bool Reached)> RunAsync(string roles, string? ownPartner, string routePartner, string method)
    {
        var own = ownPartner is null ? null : new PartnerContext(_organisations[ownPartner], ownPartner, "Own", "US", "USD", 42);
        var identity = new PortalUserIdentity("oid", "tid", "Someone", roles.Split(','), own, own is null ? [] : [own.PartnerId]).ToClaimsIdentity();
        await using var db = TestDatabases.Sqlite(_connection);
        var http = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(identity),
            RequestServices = new ServiceCollection().AddSingleton(new PartnerContexts(db)).BuildServiceProvider(),
        };
        if (own is not null)
        {
            http.Features.Set(new RequestPartner(own));
        }

        http.Request.Method = method;
        var route = new RouteData();
        route.Values["partnerId"] = routePartner;
        var context = new ResourceExecutingContext(new ActionContext(http, route, new ActionDescriptor()), [], []);
        var reached = false;
        await new PartnerRouteAccessFilter(NullLogger<PartnerRouteAccessFilter>.Instance).OnResourceExecutionAsync(context, () =>
        {
            reached = true;
            return Task.FromResult(new ResourceExecutedContext(context, []));
        });
        return (context, reached);
    }
}
