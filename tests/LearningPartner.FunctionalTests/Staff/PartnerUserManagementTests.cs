using System.Net;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Staff;

public sealed class PartnerUserManagementTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Page = "/staff/partner-users";
    private const string FabrikamTenant = "0b5e7a10-1d2c-4e3f-8a9b-0000000fab01";

    [Fact]
    public async Task SupportLinksAUserAndTheChangeIsAudited()
    {
        using var client = await factory.SignedInClientAsync(Personas.Support);
        var objectId = "3a0b7a65-1c2d-4e5f-8a9b-0c1d2e3f4a5b";

        using var response = await client.PostFormAsync(Page, Page,
            ("NewLink.TenantId", FabrikamTenant.ToUpperInvariant()), ("NewLink.ObjectId", objectId.ToUpperInvariant()), ("NewLink.DisplayName", "Kim Park"),
            ("NewLink.Email", "kim.park@fabrikam-training.example"), ("NewLink.PartnerId", Personas.FabrikamPartnerId),
            ("NewLink.Role", "PartnerAdmin"), ("NewLink.Reason", "Fabrikam lost its last admin (ticket 4411)"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetStringAsync(Page);
        Assert.Contains("Kim Park", page);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(a => a.Action == "PartnerUserLinked" && a.After!.Contains(objectId)));
        Assert.StartsWith("5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a05 (Sam Rivera)", audit.Actor);
        Assert.Equal(PortalFactory.Now, audit.At);
        Assert.Equal("Fabrikam lost its last admin (ticket 4411)", audit.Reason);
        Assert.Contains($"\"TenantId\":\"{FabrikamTenant}\"", audit.After);
        Assert.Contains("\"Role\":\"PartnerAdmin\"", audit.After);
    }

    [Fact]
    public async Task BadInputGetsMessagesBesideTheFieldsAndWritesNothing()
    {
        using var client = await factory.SignedInClientAsync(Personas.Support);
        var before = await factory.WithDbAsync(db => db.PartnerUsers.CountAsync());

        using var response = await client.PostFormAsync(Page, Page,
            ("NewLink.TenantId", "organizations"), ("NewLink.ObjectId", "not-a-guid"), ("NewLink.DisplayName", ""),
            ("NewLink.Email", "nobody"), ("NewLink.PartnerId", ""), ("NewLink.Role", "SupportStaff"), ("NewLink.Reason", " "));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("An Entra object id looks like 00000000-0000-0000-0000-000000000000.", html);
        Assert.Contains("Enter the user&#x27;s name.", html);
        Assert.Contains("Enter an email address such as name@example.com.", html);
        Assert.Contains("Choose the partner organisation.", html);
        Assert.Contains("An Entra tenant id looks like 00000000-0000-0000-0000-000000000000.", html);
        Assert.Contains("Choose the user&#x27;s role in the organisation.", html); // a staff role is never a membership's
        Assert.Contains("Say why staff link this user.", html);
        Assert.Contains("data-valmsg-for=\"NewLink.ObjectId\"", html);
        Assert.Equal(before, await factory.WithDbAsync(db => db.PartnerUsers.CountAsync()));
    }

    [Fact]
    public async Task APersonIsLinkedToAnOrganisationOnce()
    {
        using var client = await factory.SignedInClientAsync(Personas.Support);

        // Avery Chen (Contoso's admin, in Contoso's tenant) is already a member of Contoso.
        using var response = await client.PostFormAsync(Page, Page,
            ("NewLink.TenantId", Personas.ContosoTenantId), ("NewLink.ObjectId", "5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a01"),
            ("NewLink.DisplayName", "Avery Chen"), ("NewLink.Email", "avery@contoso.example"), ("NewLink.PartnerId", Personas.ContosoPartnerId),
            ("NewLink.Role", "PartnerUser"), ("NewLink.Reason", "twice"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This user is already linked to an organisation.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task APersonMayBelongToSeveralOrganisationsWithARoleInEach()
    {
        await using var portal = new PortalFactory();
        using var support = await portal.SignedInClientAsync(Personas.Support);
        using (var linked = await support.PostFormAsync(Page, Page,
                   ("NewLink.TenantId", Personas.ContosoTenantId), ("NewLink.ObjectId", "5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a01"),
                   ("NewLink.DisplayName", "Avery Chen"), ("NewLink.Email", "avery@contoso.example"), ("NewLink.PartnerId", Personas.FabrikamPartnerId),
                   ("NewLink.Role", "ReportViewer"), ("NewLink.Reason", "Contoso runs Fabrikam's reporting under contract")))
        {
            Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        }

        Task<int> FabrikamOrdersAsync() => portal.WithDbAsync(db => db.Orders.CountAsync(o =>
            db.PartnerOrganisations.Any(p => p.Id == o.PartnerOrganisationId && p.PartnerId == "4100002")));
        var fabrikamOrders = await FabrikamOrdersAsync();
        using var avery = await portal.SignedInClientAsync(Personas.ContosoAdmin);
        using var contoso = await avery.GetAsync("/partners/4100001");
        using var fabrikam = await avery.GetAsync("/partners/4100002");
        using var fabrikamOrder = await avery.PostFormAsync("/partners/4100002", "/partners/4100002/enroll/order", ("Level", "LearningActionPack"));
        using var northwind = await avery.GetAsync("/partners/4100003");

        Assert.Equal(HttpStatusCode.OK, contoso.StatusCode); // admin of Contoso
        Assert.Equal(HttpStatusCode.OK, fabrikam.StatusCode); // reads Fabrikam
        Assert.Contains("Fabrikam Training GmbH", await fabrikam.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, fabrikamOrder.StatusCode); // but may not order for it (R-ROLE-1)
        Assert.StartsWith("/account/access-denied", fabrikamOrder.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, northwind.StatusCode);
        Assert.Equal(fabrikamOrders, await FabrikamOrdersAsync());
        // Having opened Fabrikam, Avery's dashboard is Fabrikam's, and the header offers Contoso.
        using var dashboard = await avery.GetAsync("/dashboard");
        Assert.Equal("/partners/4100002", dashboard.Headers.Location?.OriginalString);
        Assert.Contains("href=\"/partners/4100001\"", await avery.GetStringAsync("/partners/4100002"));
    }

    [Fact]
    public async Task UnknownPartnerIdIsRefusedBesideTheField()
    {
        using var client = await factory.SignedInClientAsync(Personas.Support);

        using var response = await client.PostFormAsync(Page, Page,
            ("NewLink.TenantId", Personas.HomeTenantId), ("NewLink.ObjectId", Guid.NewGuid().ToString()), ("NewLink.DisplayName", "Ghost"),
            ("NewLink.Email", "ghost@example.com"), ("NewLink.PartnerId", "4199999"), ("NewLink.Role", "PartnerUser"), ("NewLink.Reason", "test"));

        Assert.Contains("There is no partner organisation with this partner id.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PartnerAdminCannotManageTheTable()
    {
        using var client = await factory.SignedInClientAsync(Personas.ContosoAdmin);
        var token = await client.GetAntiforgeryTokenAsync("/partners/4100001");

        using var response = await client.PostAsync(Page, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["NewLink.ObjectId"] = Guid.NewGuid().ToString(),
            ["NewLink.DisplayName"] = "Self-made admin",
            ["NewLink.Email"] = "me@example.com",
            ["NewLink.PartnerId"] = Personas.FabrikamPartnerId,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location?.OriginalString);
        Assert.False(await factory.WithDbAsync(db => db.PartnerUsers.AnyAsync(u => u.DisplayName == "Self-made admin")));
    }
}
