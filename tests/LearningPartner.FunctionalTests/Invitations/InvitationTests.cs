using System.Net;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;
using static LearningPartner.FunctionalTests.Invitations.InvitationFlow;

namespace LearningPartner.FunctionalTests.Invitations;

/// <summary>
/// R-ORG-2: Contoso's partner admin invites Greta Vogel (Fabrikam's partner admin, in Fabrikam's tenant) by email; the link in
/// the outbox is accepted only by her, once, while open — and grants a membership in Contoso, the invitation's organisation,
/// whichever organisation she acts for when she accepts. Expected values are written out by hand.
/// </summary>
public sealed class InvitationTests : IDisposable
{
    private const string GretaTenant = "0b5e7a10-1d2c-4e3f-8a9b-0000000fab01";
    private const string GretaObjectId = "5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a03";

    private readonly PortalFactory _factory = new PortalFactory().WithSetting("PublicBaseUrl", "https://portal.example.com");

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheInvitedColleagueAcceptsTheMailedLinkAndHasTheRoleInThatOrganisationOnly()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var greta = await _factory.SignedInClientAsync(Personas.FabrikamAdmin);
        Assert.Equal(HttpStatusCode.NotFound, (await greta.GetAsync("/partners/4100001")).StatusCode);

        // Typed in another case than her account's: compared case-insensitively.
        var invited = await InviteAsync(admin, "Greta.Vogel@Fabrikam-Training.example", "AccountAdmin");

        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        Assert.Equal(ContosoInvitations, invited.Headers.Location?.OriginalString);
        var mail = Assert.Single(MailFiles.In(_factory.DatabasePath + "-outbox"));
        Assert.Contains("https://portal.example.com/invitations/", mail.Text);
        Assert.Contains("href=\"https://portal.example.com/invitations/", mail.Html);
        Assert.Contains("Contoso Learning Ltd", mail.Text);
        var token = Assert.Single(TokensMailedTo(_factory, GretaEmail));
        var list = await PageAsync(await admin.GetAsync(ContosoInvitations));
        Assert.Contains("Greta.Vogel@Fabrikam-Training.example", list);
        Assert.Contains("jordan.lee@contoso-learning.example", list); // the demo's open invitation

        // Greta acts for Fabrikam (her only organisation so far): the token alone decides the organisation.
        var page = await PageAsync(await greta.GetAsync($"/invitations/{token}"));
        Assert.Contains("Contoso Learning Ltd (4100001)", page);
        Assert.Contains("Accept invitation", page);
        var accepted = await AcceptAsync(greta, token);

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("/partners/4100001", accepted.Headers.Location?.OriginalString);
        var memberships = await _factory.WithDbAsync(db => db.PartnerUsers.AsNoTracking()
            .Where(u => u.TenantId == GretaTenant && u.ObjectId == GretaObjectId)
            .OrderBy(u => u.PartnerOrganisation!.PartnerId)
            .Select(u => $"{u.PartnerOrganisation!.PartnerId} {u.Role} {u.DisplayName} {u.Email}").ToListAsync());
        Assert.Equal(["4100001 AccountAdmin Greta Vogel greta.vogel@fabrikam-training.example", "4100002 PartnerAdmin Greta Vogel greta.vogel@fabrikam-training.example"],
            memberships);
        Assert.Equal(HttpStatusCode.OK, (await greta.GetAsync("/partners/4100001")).StatusCode);
        var fabrikamPage = await PageAsync(await greta.GetAsync("/partners/4100002"));
        // The header offers her other organisation by name, not by partner id (issue 24).
        Assert.Contains(">Switch to Contoso Learning Ltd</a>", fabrikamPage);
        Assert.DoesNotContain("4100001</a>", fabrikamPage);
        Assert.Contains("Accepted on 2026-11-25 10:00 UTC", await PageAsync(await admin.GetAsync(ContosoInvitations)));
        var audit = await _factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "Invitation").OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["InvitationSent", "InvitationAccepted"], audit);
    }

    [Fact]
    public async Task AnotherAccountIsRefusedAndNothingChanges()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var oliver = await _factory.SignedInClientAsync(Personas.WoodgroveAdmin);
        await InviteAsync(admin, GretaEmail);
        var token = Assert.Single(TokensMailedTo(_factory, GretaEmail));
        var before = await MembershipsAsync();

        var page = await PageAsync(await oliver.GetAsync($"/invitations/{token}"));
        var refused = await PageAsync(await AcceptAsync(oliver, token));

        Assert.DoesNotContain("Accept invitation", page);
        const string Why = "This invitation is for another email address than yours (oliver.grant@woodgrove-institute.example). Sign in with the account of the invited address.";
        Assert.Contains(Why, page);
        Assert.Contains(Why, refused);
        Assert.Contains("Nothing was changed.", refused);
        Assert.Equal(before, await MembershipsAsync());
        Assert.Equal([null], await _factory.WithDbAsync(db => db.Invitations.Where(i => i.Email == GretaEmail).Select(i => i.AcceptedAt).ToListAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await oliver.GetAsync("/partners/4100001")).StatusCode);
    }

    [Fact]
    public async Task AnInvitationIsOpenForExactlyFourteenDaysThenRefused()
    {
        using (var inviting = await _factory.SignedInClientAsync(Personas.ContosoAdmin))
        {
            await InviteAsync(inviting, GretaEmail);
        }

        var token = Assert.Single(TokensMailedTo(_factory, GretaEmail));

        // Signed in after the clock moved: a sign-in session ends after hours, not days.
        _factory.Clock.Advance(TimeSpan.FromDays(14));
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var greta = await _factory.SignedInClientAsync(Personas.FabrikamAdmin);
        Assert.Contains("Accept invitation", await PageAsync(await greta.GetAsync($"/invitations/{token}")));
        _factory.Clock.Advance(TimeSpan.FromTicks(1));
        var refused = await PageAsync(await AcceptAsync(greta, token));

        Assert.Contains("This invitation expired on 2026-12-09 10:00 UTC. Ask the organisation's partner admins to resend it.", refused);
        Assert.Equal(0, await ContosoMembershipsOfGretaAsync());
        Assert.Contains("Expired", await PageAsync(await admin.GetAsync(ContosoInvitations)));
    }

    [Fact]
    public async Task AUsedInvitationIsRefusedTheSecondTime()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var greta = await _factory.SignedInClientAsync(Personas.FabrikamAdmin);
        await InviteAsync(admin, GretaEmail);
        var token = Assert.Single(TokensMailedTo(_factory, GretaEmail));
        Assert.Equal(HttpStatusCode.Redirect, (await AcceptAsync(greta, token)).StatusCode);

        var again = await PageAsync(await AcceptAsync(greta, token));

        Assert.Contains("This invitation was used already: each invitation link works once.", again);
        Assert.Equal(1, await ContosoMembershipsOfGretaAsync());
    }

    [Fact]
    public async Task ARevokedInvitationIsRefused()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var greta = await _factory.SignedInClientAsync(Personas.FabrikamAdmin);
        await InviteAsync(admin, GretaEmail);
        var token = Assert.Single(TokensMailedTo(_factory, GretaEmail));
        var id = await InvitationIdAsync(GretaEmail);

        var revoked = await PostAsync(admin, $"{ContosoInvitations}/{id}/revoke");
        var refused = await PageAsync(await AcceptAsync(greta, token));

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(ContosoInvitations, revoked.Headers.Location?.OriginalString);
        Assert.Contains("This invitation was revoked by the organisation's partner admins.", refused);
        Assert.Equal(0, await ContosoMembershipsOfGretaAsync());
        Assert.Contains("Revoked on 2026-11-25 10:00 UTC", await PageAsync(await admin.GetAsync(ContosoInvitations)));
        Assert.Equal(["InvitationSent", "InvitationRevoked"], await _factory.WithDbAsync(db => db.AuditEntries
            .Where(a => a.EntityType == "Invitation" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync()));
    }

    [Fact]
    public async Task ResendingSendsANewLinkAndTheOldOneStopsWorking()
    {
        using (var inviting = await _factory.SignedInClientAsync(Personas.ContosoAdmin))
        {
            await InviteAsync(inviting, GretaEmail);
        }

        var old = Assert.Single(TokensMailedTo(_factory, GretaEmail));
        var id = await InvitationIdAsync(GretaEmail);
        _factory.Clock.Advance(TimeSpan.FromDays(10));
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var greta = await _factory.SignedInClientAsync(Personas.FabrikamAdmin);

        var resent = await PostAsync(admin, $"{ContosoInvitations}/{id}/resend");

        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        Assert.Equal(ContosoInvitations, resent.Headers.Location?.OriginalString);
        var tokens = TokensMailedTo(_factory, GretaEmail);
        Assert.Equal(2, tokens.Count);
        var fresh = tokens.Single(t => t != old);
        Assert.Equal(HttpStatusCode.NotFound, (await greta.GetAsync($"/invitations/{old}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await AcceptAsync(greta, old)).StatusCode);
        Assert.Equal(0, await ContosoMembershipsOfGretaAsync());
        // The new link has a new expiry: 14 days from the resend, 2026-12-19 10:00.
        Assert.Equal(new DateTimeOffset(2026, 12, 19, 10, 0, 0, TimeSpan.Zero),
            await _factory.WithDbAsync(db => db.Invitations.Where(i => i.Id == id).Select(i => i.ExpiresAt).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await AcceptAsync(greta, fresh)).StatusCode);
        Assert.Equal(1, await ContosoMembershipsOfGretaAsync());
    }

    [Fact]
    public async Task AnotherOrganisationsAdminCannotSeeResendOrRevokeTheInvitations()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var fabrikam = await _factory.SignedInClientAsync(Personas.FabrikamAdmin);
        await InviteAsync(admin, "someone@contoso-learning.example");
        var id = await InvitationIdAsync("someone@contoso-learning.example");

        Assert.Equal(HttpStatusCode.NotFound, (await fabrikam.GetAsync(ContosoInvitations)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(fabrikam, $"{ContosoInvitations}/{id}/revoke")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(fabrikam, $"{ContosoInvitations}/{id}/resend")).StatusCode);
        // Through her own organisation's route, Contoso's invitation id is not found either.
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(fabrikam, $"/partners/4100002/invitations/{id}/revoke")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(fabrikam, $"/partners/4100002/invitations/{id}/resend")).StatusCode);
        Assert.DoesNotContain("someone@contoso-learning.example", await PageAsync(await fabrikam.GetAsync("/partners/4100002/invitations")));
        Assert.Equal([(DateTimeOffset?)null], await _factory.WithDbAsync(db =>
            db.Invitations.Where(i => i.Id == id).Select(i => i.RevokedAt).ToListAsync()));
        Assert.Single(TokensMailedTo(_factory, "someone@contoso-learning.example"));
    }

    [Theory]
    [InlineData(Personas.ContosoUser)]
    [InlineData(Personas.ContosoViewer)]
    [InlineData(Personas.NorthwindAccountAdmin)]
    [InlineData(Personas.Support)]
    public async Task OnlyPartnerAdminsInvite(string persona)
    {
        using var client = await _factory.SignedInClientAsync(persona);

        var page = await client.GetAsync(ContosoInvitations);
        var invite = await client.PostAsync(ContosoInvitations, new FormUrlEncodedContent(
        [
            new("NewInvitation.Email", "x@contoso-learning.example"), new("NewInvitation.Role", "PartnerAdmin"),
            new("__RequestVerificationToken", await client.GetAntiforgeryTokenAsync("/resources")),
        ]));

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/access-denied", page.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, invite.StatusCode);
        Assert.StartsWith("/account/access-denied", invite.Headers.Location?.OriginalString);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Invitations.CountAsync(i => i.Email == "x@contoso-learning.example")));
    }

    [Fact]
    public async Task TwoAcceptancesAtOnceMakeOneMembership()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        await InviteAsync(admin, GretaEmail);
        var token = Assert.Single(TokensMailedTo(_factory, GretaEmail));
        var clients = new List<HttpClient>();
        for (var i = 0; i < 4; i++)
        {
            clients.Add(await _factory.SignedInClientAsync(Personas.FabrikamAdmin));
        }

        var antiforgery = await Task.WhenAll(clients.Select(c => c.GetAntiforgeryTokenAsync("/resources")));
        var answers = await Task.WhenAll(clients.Select((c, i) => c.PostAsync($"/invitations/{token}",
            new FormUrlEncodedContent([new KeyValuePair<string, string>("__RequestVerificationToken", antiforgery[i])]))));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Redirect));
        Assert.Equal(3, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        foreach (var refused in answers.Where(a => a.StatusCode == HttpStatusCode.OK))
        {
            Assert.Contains("This invitation was used already: each invitation link works once.", await PageAsync(refused));
        }

        Assert.Equal(1, await ContosoMembershipsOfGretaAsync());
        Assert.Equal(1, await _factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "InvitationAccepted")));
        clients.ForEach(c => c.Dispose());
    }

    [Fact]
    public async Task SomeoneWhoIsAMemberAlreadyIsToldSoAndNothingChanges()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var greta = await _factory.SignedInClientAsync(Personas.FabrikamAdmin);
        await InviteAsync(admin, GretaEmail);
        var token = Assert.Single(TokensMailedTo(_factory, GretaEmail));
        // Linked meanwhile another way (support staff, with a reason).
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        var linked = await support.PostFormAsync("/staff/partner-users", "/staff/partner-users",
            ("NewLink.TenantId", GretaTenant), ("NewLink.ObjectId", GretaObjectId), ("NewLink.DisplayName", "Greta Vogel"),
            ("NewLink.Email", GretaEmail), ("NewLink.PartnerId", "4100001"), ("NewLink.Role", "ReportViewer"), ("NewLink.Reason", "test"));
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);

        var refused = await PageAsync(await AcceptAsync(greta, token));

        Assert.Contains("You are a member of this organisation already.", refused);
        Assert.Equal(["ReportViewer"], await _factory.WithDbAsync(db => db.PartnerUsers
            .Where(u => u.ObjectId == GretaObjectId && u.PartnerOrganisation!.PartnerId == "4100001").Select(u => u.Role).ToListAsync()));
        Assert.Equal([null], await _factory.WithDbAsync(db => db.Invitations.Where(i => i.Email == GretaEmail).Select(i => i.AcceptedAt).ToListAsync()));
    }

    [Fact]
    public async Task TheFormSaysWhatIsWrongBesideItsFields()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);

        var empty = await PageAsync(await InviteAsync(admin, "", ""));
        var notAnAddress = await PageAsync(await InviteAsync(admin, "greta", "SupportStaff"));
        await InviteAsync(admin, GretaEmail);
        var twice = await PageAsync(await InviteAsync(admin, GretaEmail.ToUpperInvariant()));
        var member = await PageAsync(await InviteAsync(admin, "Parker.Lee@contoso-learning.example"));

        Assert.Contains("Enter the person's email address.", empty);
        Assert.Contains("Choose the person's role in the organisation.", empty);
        Assert.Contains("Enter an email address such as name@example.com.", notAnAddress);
        Assert.Contains("Choose the person's role in the organisation.", notAnAddress);
        Assert.Contains("An open invitation to this address exists already: resend or revoke it.", twice);
        Assert.Contains("Someone with this email address is a member of your organisation already.", member);
        Assert.Single(TokensMailedTo(_factory, GretaEmail));
    }

    [Fact]
    public async Task AnonymousVisitorsSignInFirstAndComeBack()
    {
        using var anonymous = _factory.CreatePortalClient();

        var answer = await anonymous.GetAsync("/invitations/demo-invitation-jordan-lee-contoso-learning");

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("/account/sign-in?ReturnUrl=%2Finvitations%2Fdemo-invitation-jordan-lee-contoso-learning", answer.Headers.Location?.OriginalString);
    }

    private Task<List<string>> MembershipsAsync() => _factory.WithDbAsync(db => db.PartnerUsers.AsNoTracking()
        .OrderBy(u => u.Id).Select(u => $"{u.TenantId} {u.ObjectId} {u.PartnerOrganisationId} {u.Role}").ToListAsync());

    private Task<int> ContosoMembershipsOfGretaAsync() => _factory.WithDbAsync(db =>
        db.PartnerUsers.CountAsync(u => u.ObjectId == GretaObjectId && u.PartnerOrganisation!.PartnerId == "4100001"));

    private Task<int> InvitationIdAsync(string email) =>
        _factory.WithDbAsync(db => db.Invitations.Where(i => i.Email == email).Select(i => i.Id).SingleAsync());
}
