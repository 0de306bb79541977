using System.Net;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Staff;

/// <summary>R-ORG-2: an organisation's partner admins change its people's roles and deactivate them; the last active partner admin stays.</summary>
public sealed class PeopleTests
{
    private const string Page = "/partners/4100001/people";
    private const string ParkerOid = "5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a02";
    private const string AveryOid = "5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a01";

    [Fact]
    public async Task APartnerAdminSeesTheOrganisationsPeopleOnly()
    {
        await using var portal = new PortalFactory();
        using var admin = await portal.SignedInClientAsync(Personas.ContosoAdmin);

        var html = await admin.GetStringAsync(Page);

        Assert.Contains("Avery Chen", html);
        Assert.Contains("Parker Lee", html);
        Assert.Contains("Rowan Patel", html);
        Assert.DoesNotContain("Greta Vogel", html); // Fabrikam's admin
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/partners/4100002/people")).StatusCode);
    }

    [Fact]
    public async Task ARoleTheAdminGivesTakesEffectAtThePersonsNextRequest()
    {
        await using var portal = new PortalFactory();
        using var admin = await portal.SignedInClientAsync(Personas.ContosoAdmin);
        using var parker = await portal.SignedInClientAsync(Personas.ContosoUser);
        Assert.Equal(HttpStatusCode.OK, (await parker.GetAsync("/partners/4100001/trainers")).StatusCode);
        var id = await IdOfAsync(portal, ParkerOid);

        using var changed = await admin.PostFormAsync(Page, $"{Page}/{id}/role", ("Person.Role", "ReportViewer"));

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains("The role was changed.", await admin.GetStringAsync(Page));
        // Parker is now a report viewer (R-ROLE-5): the trainers page is closed to them at once.
        using var trainers = await parker.GetAsync("/partners/4100001/trainers");
        Assert.StartsWith("/account/access-denied", trainers.Headers.Location?.OriginalString);
        var audit = await portal.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "PartnerUserRoleChanged"));
        Assert.Contains("\"Role\":\"PartnerUser\"", audit.Before);
        Assert.Contains("\"Role\":\"ReportViewer\"", audit.After);
    }

    [Fact]
    public async Task ADeactivatedPersonLosesTheOrganisationAtTheirNextRequest()
    {
        await using var portal = new PortalFactory();
        using var admin = await portal.SignedInClientAsync(Personas.ContosoAdmin);
        using var parker = await portal.SignedInClientAsync(Personas.ContosoUser);
        Assert.Equal(HttpStatusCode.OK, (await parker.GetAsync("/partners/4100001")).StatusCode);

        using var deactivated = await admin.PostFormAsync(Page, $"{Page}/{await IdOfAsync(portal, ParkerOid)}/deactivate");

        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await parker.GetAsync("/partners/4100001")).StatusCode);
        Assert.Contains("Deactivated on 2026-11-25", await admin.GetStringAsync(Page));
    }

    [Fact]
    public async Task AReactivatedPersonHasTheOrganisationAgainWithTheirRole()
    {
        await using var portal = new PortalFactory();
        using var admin = await portal.SignedInClientAsync(Personas.ContosoAdmin);
        using var parker = await portal.SignedInClientAsync(Personas.ContosoUser);
        var parkerId = await IdOfAsync(portal, ParkerOid);
        using var deactivated = await admin.PostFormAsync(Page, $"{Page}/{parkerId}/deactivate");
        Assert.NotEqual(HttpStatusCode.OK, (await parker.GetAsync("/partners/4100001")).StatusCode);

        using var reactivated = await admin.PostFormAsync(Page, $"{Page}/{parkerId}/reactivate");

        Assert.Equal(HttpStatusCode.Redirect, reactivated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await parker.GetAsync("/partners/4100001")).StatusCode);
        var (role, deactivatedAt, actions) = await portal.WithDbAsync(async db =>
        {
            var person = await db.PartnerUsers.SingleAsync(u => u.Id == parkerId);
            return (person.Role, person.DeactivatedAt,
                await db.AuditEntries.Where(a => a.EntityType == "PartnerUser" && a.EntityId == parkerId.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .Select(a => a.Action).ToListAsync());
        });
        Assert.Equal(("PartnerUser", null), (role, deactivatedAt));
        Assert.Contains("PartnerUserReactivated", actions);
    }

    [Theory]
    [InlineData("role", "PartnerUser")]
    [InlineData("role", "AccountAdmin")]
    [InlineData("deactivate", null)]
    public async Task TheLastActivePartnerAdminCanBeNeitherDemotedNorDeactivated(string action, string? role)
    {
        await using var portal = new PortalFactory();
        using var admin = await portal.SignedInClientAsync(Personas.ContosoAdmin);
        var avery = await IdOfAsync(portal, AveryOid);

        using var response = role is null
            ? await admin.PostFormAsync(Page, $"{Page}/{avery}/{action}")
            : await admin.PostFormAsync(Page, $"{Page}/{avery}/{action}", ("Person.Role", role));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("last active partner admin", await admin.GetStringAsync(Page));
        Assert.True(await portal.WithDbAsync(db => db.PartnerUsers.AnyAsync(u => u.Id == avery && u.Role == "PartnerAdmin" && u.DeactivatedAt == null)));
    }

    [Fact]
    public async Task TwoAdminsDemotingEachOtherAtOnceLeaveAnAdmin()
    {
        await using var portal = new PortalFactory();
        using var avery = await portal.SignedInClientAsync(Personas.ContosoAdmin);
        using var parker = await portal.SignedInClientAsync(Personas.ContosoUser);
        var averyId = await IdOfAsync(portal, AveryOid);
        var parkerId = await IdOfAsync(portal, ParkerOid);

        for (var round = 0; round < 5; round++)
        {
            // Both are partner admins; each demotes the other at the same moment.
            await portal.WithDbAsync(db => db.PartnerUsers.Where(u => u.Id == averyId || u.Id == parkerId)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.Role, "PartnerAdmin")));
            var averyToken = await avery.GetAntiforgeryTokenAsync(Page);
            var parkerToken = await parker.GetAntiforgeryTokenAsync(Page);

            await Task.WhenAll(
                Post(avery, $"{Page}/{parkerId}/role", averyToken),
                Post(parker, $"{Page}/{averyId}/role", parkerToken));

            var admins = await portal.WithDbAsync(db => db.PartnerUsers.CountAsync(u =>
                (u.Id == averyId || u.Id == parkerId) && u.Role == "PartnerAdmin" && u.DeactivatedAt == null));
            Assert.Equal(1, admins);
        }

        static async Task Post(HttpClient client, string url, string token)
        {
            using var response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Person.Role"] = "PartnerUser",
            }));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
    }

    [Fact]
    public async Task ARoleThatIsNotAPartnerRoleIsRefusedAndNothingChanges()
    {
        await using var portal = new PortalFactory();
        using var admin = await portal.SignedInClientAsync(Personas.ContosoAdmin);
        var parker = await IdOfAsync(portal, ParkerOid);

        using var response = await admin.PostFormAsync(Page, $"{Page}/{parker}/role", ("Person.Role", "SupportStaff"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose the user&#x27;s role in the organisation.", await response.Content.ReadAsStringAsync());
        Assert.Equal("PartnerUser", await portal.WithDbAsync(db => db.PartnerUsers.Where(u => u.Id == parker).Select(u => u.Role).SingleAsync()));
    }

    [Fact]
    public async Task APersonOfAnotherOrganisationCannotBeChangedThroughThisOne()
    {
        await using var portal = new PortalFactory();
        using var admin = await portal.SignedInClientAsync(Personas.ContosoAdmin);
        var greta = await IdOfAsync(portal, "5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a03");

        using var throughContoso = await admin.PostFormAsync(Page, $"{Page}/{greta}/deactivate");
        using var throughFabrikam = await admin.PostFormAsync(Page, $"/partners/4100002/people/{greta}/deactivate");

        Assert.Equal(HttpStatusCode.NotFound, throughContoso.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, throughFabrikam.StatusCode);
        Assert.True(await portal.WithDbAsync(db => db.PartnerUsers.AnyAsync(u => u.Id == greta && u.DeactivatedAt == null)));
    }

    private static Task<int> IdOfAsync(PortalFactory portal, string objectId) =>
        portal.WithDbAsync(db => db.PartnerUsers.Where(u => u.ObjectId == objectId).Select(u => u.Id).SingleAsync());
}
