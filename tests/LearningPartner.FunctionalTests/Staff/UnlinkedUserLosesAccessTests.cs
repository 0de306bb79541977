using System.Net;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Staff;

/// <summary>Its own database: this test removes a demo persona's link.</summary>
public sealed class UnlinkedUserLosesAccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task RemovedUserLosesTheOrganisationAtTheNextRequest()
    {
        using var partnerUser = await factory.SignedInClientAsync(Personas.ContosoUser);
        Assert.Equal(HttpStatusCode.OK, (await partnerUser.GetAsync("/partners/4100001")).StatusCode);
        using var support = await factory.SignedInClientAsync(Personas.Support);
        var rowId = await factory.WithDbAsync(db => db.PartnerUsers
            .Where(u => u.ObjectId == "5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a02").Select(u => u.Id).SingleAsync());

        using var removal = await support.PostFormAsync("/staff/partner-users", $"/staff/partner-users/{rowId}/remove", ("Unlink.Reason", "Left the company"));
        Assert.Equal(HttpStatusCode.Redirect, removal.StatusCode);

        // Same cookie, next request: the removal ended the user's session (issue 20); signed in again, no organisation any more.
        using var after = await partnerUser.GetAsync("/partners/4100001");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/sign-in", after.Headers.Location?.OriginalString);
        await partnerUser.SignInAsync(Personas.ContosoUser);
        Assert.Equal(HttpStatusCode.Redirect, (await partnerUser.GetAsync("/partners/4100001")).StatusCode);
        Assert.Contains("is not linked yet", await partnerUser.GetStringAsync("/dashboard"));
        Assert.Equal("Left the company", await factory.WithDbAsync(db => db.AuditEntries
            .Where(a => a.Action == "PartnerUserUnlinked" && a.Before!.Contains("5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a02")).Select(a => a.Reason).SingleAsync()));
    }

    [Fact]
    public async Task StaffRemoveSomeoneOnlyWithAReason()
    {
        using var support = await factory.SignedInClientAsync(Personas.Support);
        var rowId = await factory.WithDbAsync(db => db.PartnerUsers
            .Where(u => u.ObjectId == "5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a03").Select(u => u.Id).SingleAsync());

        using var response = await support.PostFormAsync("/staff/partner-users", $"/staff/partner-users/{rowId}/remove", ("Unlink.Reason", "   "));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Say why staff remove this user.", await response.Content.ReadAsStringAsync());
        Assert.True(await factory.WithDbAsync(db => db.PartnerUsers.AnyAsync(u => u.Id == rowId)));
    }

    [Fact]
    public async Task RemovingAnUnknownRowAnswers404()
    {
        using var support = await factory.SignedInClientAsync(Personas.Support);

        using var response = await support.PostFormAsync("/staff/partner-users", "/staff/partner-users/987654/remove", ("Unlink.Reason", "Left the company"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
