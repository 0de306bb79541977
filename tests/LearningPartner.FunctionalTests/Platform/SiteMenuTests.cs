using LearningPartner.FunctionalTests.Support;
using LearningPartner.Web.Features.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartner.FunctionalTests.Platform;

/// <summary>
/// The menu's links come from the routes (SiteLinks, issue 19), generated once and kept: they must be the pages' real
/// addresses (written out here by hand), under the request's path base, for each partner its own.
/// </summary>
public sealed class SiteMenuTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task APartnerAdminsMenuLinksItsOwnPages()
    {
        using var client = await factory.SignedInClientAsync(Personas.ContosoAdmin);

        var html = await client.GetStringAsync("/");

        foreach (var path in new[] { "", "/kpis", "/requirements", "/enroll", "/orders", "/trainers", "/exams", "/held-invoices", "/cases", "/directory" })
        {
            Assert.Contains($"<a href=\"/partners/4100001{path}\">", html);
        }

        Assert.DoesNotContain("/partners/4100002", html);
        Assert.Contains("<form method=\"post\" action=\"/account/sign-out\"", html);
    }

    [Fact]
    public async Task SupportStaffSeeTheStaffPagesAndNoPartnersMenu()
    {
        using var client = await factory.SignedInClientAsync(Personas.Support);

        var html = await client.GetStringAsync("/");

        foreach (var path in new[] { "partners", "rule-sets", "reminders", "audit", "payments", "imports", "held-invoices", "cases", "partner-users" })
        {
            Assert.Contains($"<a href=\"/staff/{path}\">", html);
        }

        Assert.DoesNotContain("href=\"/partners/", html);
    }

    [Fact]
    public void EachPathBaseAndPartnerHasItsOwnLinks()
    {
        var links = new SiteLinks(factory.Services.GetRequiredService<LinkGenerator>());
        var root = new DefaultHttpContext();
        var mounted = new DefaultHttpContext();
        mounted.Request.PathBase = "/portal";

        Assert.Equal("/partners/4100001/kpis", links.For(root, "4100001").Kpis.Value);
        Assert.Equal("/partners/4100002/kpis", links.For(root, "4100002").Kpis.Value);
        Assert.Equal("/portal/partners/4100001/kpis", links.For(mounted, "4100001").Kpis.Value);
        Assert.Equal("/portal/culture", links.Site(mounted).Culture.Value);
        Assert.Equal("/directory", links.Site(root).Directory.Value);
    }
}
