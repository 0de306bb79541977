using System.Security.Claims;
using LearningPartner.Application.Common;
using LearningPartner.Web.Identity;
using Microsoft.Extensions.Configuration;
using Moq;

namespace LearningPartner.UnitTests.Identity;

/// <summary>
/// ADR-012, R-ROLE-6: a person is (tenant id, object id); staff roles come only from the home tenant's app roles; partner
/// roles come from the memberships the portal holds.
/// </summary>
public sealed class EntraClaimsMapperTests
{
    private const string ObjectId = "9b0f3c1e-2a4d-4e6f-8a1b-3c5d7e9f0a2b";
    private const string HomeTenantId = "11111111-1111-1111-1111-111111111111";
    private const string CustomerTenantId = "22222222-2222-2222-2222-222222222222";
    private const string TenantClaim = "http://schemas.microsoft.com/identity/claims/tenantid";
    private static readonly PartnerContext Contoso = new(7, "4100001", "Contoso Learning Ltd", "US", "USD");
    private static readonly PartnerContext Fabrikam = new(8, "4100002", "Fabrikam Training GmbH", "DE", "EUR");

    private readonly Mock<IPartnerUserLookup> _lookup = new(MockBehavior.Strict);

    public EntraClaimsMapperTests() =>
        _lookup.Setup(l => l.FindAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);

    [Fact]
    public async Task APartnerRoleIsTheMembershipsNotTheTokens()
    {
        Member(CustomerTenantId, new PartnerMembership(Contoso, "ReportViewer"));

        var user = await Map(Claim(TenantClaim, CustomerTenantId), Claim("http://schemas.microsoft.com/identity/claims/objectidentifier", ObjectId),
            Claim(ClaimTypes.Role, "PartnerAdmin"), Claim("name", "Avery Chen"));

        Assert.NotNull(user);
        Assert.Equal(ObjectId, user.ObjectId);
        Assert.Equal(CustomerTenantId, user.TenantId);
        Assert.Equal("Avery Chen", user.DisplayName);
        Assert.Equal(["ReportViewer"], user.Roles);
        Assert.Equal(Contoso, user.Partner);
    }

    [Fact]
    public async Task TheMembershipsAreLookedUpByTenantAndObjectId()
    {
        Member(CustomerTenantId, new PartnerMembership(Contoso, "PartnerAdmin"));

        // The same object id in another tenant is another person: no membership.
        var other = await Map(Claim("tid", "33333333-3333-3333-3333-333333333333"), Claim("oid", ObjectId));
        var member = await Map(Claim("tid", CustomerTenantId.ToUpperInvariant()), Claim("oid", ObjectId.ToUpperInvariant()));

        Assert.Null(other!.Partner);
        Assert.Empty(other.Roles);
        Assert.Equal(Contoso, member!.Partner);
        _lookup.Verify(l => l.FindAsync(CustomerTenantId.ToUpperInvariant(), ObjectId.ToUpperInvariant(), It.IsAny<CancellationToken>()));
    }

    [Theory]
    [InlineData("false", "avery@contoso.example")]
    [InlineData("0", "avery@contoso.example")]
    [InlineData("true", "victim@fabrikam.example")]
    [InlineData("1", "victim@fabrikam.example")]
    public async Task AnEmailClaimOnADomainTheTenantHasNotVerifiedIsNotTheVerifiedEmail(string edov, string expected)
    {
        // R-ORG-2: "xms_edov" false says the issuing tenant does not own the email's domain; the sign-in name is used instead.
        var mapped = await Map(Claim("tid", CustomerTenantId), Claim("oid", ObjectId), Claim("preferred_username", "avery@contoso.example"),
            Claim("email", "victim@fabrikam.example"), Claim("xms_edov", edov));

        Assert.Equal(expected, mapped!.Email);
    }

    [Fact]
    public async Task TheVerifiedEmailIsTheEmailClaimElseThePreferredUsername()
    {
        // R-ORG-2: "email" (as issued, or after inbound mapping) wins; a work account's token may carry only preferred_username.
        var both = await Map(Claim("tid", CustomerTenantId), Claim("oid", ObjectId), Claim("preferred_username", "avery@contoso.example"),
            Claim("email", "Avery.Chen@Contoso.example"));
        var mapped = await Map(Claim("tid", CustomerTenantId), Claim("oid", ObjectId), Claim(ClaimTypes.Email, "mapped@contoso.example"));
        var upnOnly = await Map(Claim("tid", CustomerTenantId), Claim("oid", ObjectId), Claim("preferred_username", "avery@contoso.example"));
        var none = await Map(Claim("tid", CustomerTenantId), Claim("oid", ObjectId));

        Assert.Equal("Avery.Chen@Contoso.example", both!.Email);
        Assert.Equal("mapped@contoso.example", mapped!.Email);
        Assert.Equal("avery@contoso.example", upnOnly!.Email);
        Assert.Null(none!.Email);
        Assert.Equal("Avery.Chen@Contoso.example", new ClaimsPrincipal(both.ToClaimsIdentity()).PortalEmail());
        Assert.Null(new ClaimsPrincipal(none.ToClaimsIdentity()).PortalEmail());
    }

    [Fact]
    public async Task StaffRolesCountOnlyInTokensOfTheHomeTenant()
    {
        var home = await Map(Claim("tid", HomeTenantId), Claim("oid", ObjectId), Claim("roles", "SupportStaff"), Claim("roles", "DirectoryEditor"));
        // An administrator of any tenant can assign the portal's app roles to anyone in it: they grant nothing staff-only.
        var foreign = await Map(Claim("tid", CustomerTenantId), Claim("oid", ObjectId), Claim("roles", "SupportStaff"), Claim("roles", "DirectoryEditor"));

        Assert.Equal(["SupportStaff", "DirectoryEditor"], home!.Roles);
        Assert.Empty(foreign!.Roles);
        Assert.False(new ClaimsPrincipal(foreign.ToClaimsIdentity()).IsStaff());
    }

    [Fact]
    public async Task AForeignTokensAppRolesAddNothingToAMembership()
    {
        Member(CustomerTenantId, new PartnerMembership(Contoso, "PartnerUser"));

        var user = await Map(Claim("tid", CustomerTenantId), Claim("oid", ObjectId), Claim("roles", "PartnerAdmin"), Claim("roles", "SupportStaff"));

        Assert.Equal(["PartnerUser"], user!.Roles);
        Assert.False(new ClaimsPrincipal(user.ToClaimsIdentity()).IsPartnerManager());
    }

    [Fact]
    public async Task ALinkMadeBeforeRolesWereHeldTakesTheHomeTenantsAppRole()
    {
        Member(HomeTenantId, new PartnerMembership(Contoso, null));

        var withRole = await Map(Claim("tid", HomeTenantId), Claim("oid", ObjectId), Claim("roles", "AccountAdmin"));
        var without = await Map(Claim("tid", HomeTenantId), Claim("oid", ObjectId));

        Assert.Equal(["AccountAdmin"], withRole!.Roles);
        Assert.Equal(Contoso, withRole.Partner);
        Assert.Empty(without!.Roles);
        Assert.Null(without.Partner);
    }

    [Fact]
    public async Task APersonInSeveralOrganisationsActsForTheOneAskedForElseTheFirst()
    {
        Member(CustomerTenantId, new PartnerMembership(Contoso, "PartnerAdmin"), new PartnerMembership(Fabrikam, "ReportViewer"));

        var first = await Map(Claim("tid", CustomerTenantId), Claim("oid", ObjectId));
        var fabrikam = await Map("4100002", Claim("tid", CustomerTenantId), Claim("oid", ObjectId));
        var notAMember = await Map("4100003", Claim("tid", CustomerTenantId), Claim("oid", ObjectId));

        Assert.Equal((Contoso, "PartnerAdmin"), (first!.Partner, first.Roles.Single()));
        Assert.Equal((Fabrikam, "ReportViewer"), (fabrikam!.Partner, fabrikam.Roles.Single()));
        Assert.Equal(Contoso, notAMember!.Partner);
        Assert.Equal(["4100001", "4100002"], fabrikam.MemberOf);
        // The header names the other organisation (issue 24): its name travels with its membership claim.
        var principal = new ClaimsPrincipal(fabrikam.ToClaimsIdentity());
        Assert.Equal([("4100001", "Contoso Learning Ltd")], principal.OtherMemberships());
    }

    [Fact]
    public async Task RolesThePortalDoesNotKnowAreIgnored()
    {
        var user = await Map(Claim("tid", HomeTenantId), Claim("oid", ObjectId), Claim("roles", "Global Administrator"), Claim("roles", "supportstaff"));

        Assert.NotNull(user);
        Assert.Empty(user.Roles);
    }

    [Theory]
    [InlineData(null, ObjectId)]
    [InlineData(HomeTenantId, null)]
    public async Task WithoutATenantAndAnObjectIdThereIsNoPortalUser(string? tenantId, string? objectId)
    {
        var claims = new List<Claim> { Claim("name", "Anonymous"), Claim("roles", "SupportStaff") };
        claims.AddRange(tenantId is null ? [] : [Claim("tid", tenantId)]);
        claims.AddRange(objectId is null ? [] : [Claim("oid", objectId)]);

        Assert.Null(await Map([.. claims]));
    }

    [Fact]
    public async Task NameFallsBackToTheUsernameThenTheObjectId()
    {
        var withUsername = await Map(Claim("tid", HomeTenantId), Claim("oid", ObjectId), Claim("preferred_username", "sam@example.com"));
        var bare = await Map(Claim("tid", HomeTenantId), Claim("oid", ObjectId.ToUpperInvariant()));

        Assert.Equal("sam@example.com", withUsername!.DisplayName);
        Assert.Equal(ObjectId, bare!.DisplayName.ToLowerInvariant());
        Assert.Equal(ObjectId, bare.ObjectId);
    }

    [Fact]
    public void ThePortalIdentityCarriesRolesAndOrganisationAsClaims()
    {
        var identity = new PortalUserIdentity(ObjectId, CustomerTenantId, "Avery Chen", ["PartnerAdmin"], Contoso, ["4100001"]).ToClaimsIdentity();
        var principal = new ClaimsPrincipal(identity);

        Assert.True(principal.IsPartnerManager());
        Assert.Equal("4100001", principal.PartnerId());
        Assert.Equal(7, principal.OrganisationId());
        Assert.True(principal.CanSeePartner("4100001"));
        Assert.False(principal.CanSeePartner("4100002"));
        Assert.False(principal.IsStaff());
    }

    [Theory]
    [InlineData("organizations", null, false)]
    [InlineData("common", "not-a-guid", false)]
    [InlineData("organizations", HomeTenantId, true)]
    [InlineData(HomeTenantId, null, true)] // a single-tenant app: its own tenant is the home tenant
    public void AMultiTenantAppMustBeToldItsHomeTenant(string tenantId, string? homeTenantId, bool starts)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureAd:TenantId"] = tenantId,
            ["AzureAd:HomeTenantId"] = homeTenantId,
        }).Build();

        if (starts)
        {
            Assert.Equal(HomeTenantId, HomeTenant.Resolve(configuration, usesEntra: true).TenantId);
        }
        else
        {
            Assert.Contains("AzureAd:HomeTenantId", Assert.Throws<InvalidOperationException>(() => (object)HomeTenant.Resolve(configuration, usesEntra: true)).Message,
                StringComparison.Ordinal);
        }
    }

    private void Member(string tenantId, params PartnerMembership[] memberships) =>
        _lookup.Setup(l => l.FindAsync(It.Is<string>(t => string.Equals(t, tenantId, StringComparison.OrdinalIgnoreCase)),
            It.Is<string>(o => string.Equals(o, ObjectId, StringComparison.OrdinalIgnoreCase)), It.IsAny<CancellationToken>())).ReturnsAsync(memberships);

    private Task<PortalUserIdentity?> Map(params Claim[] claims) => Map(null, claims);

    private Task<PortalUserIdentity?> Map(string? actingFor, params Claim[] claims) =>
        new EntraClaimsMapper(_lookup.Object, new HomeTenant(HomeTenantId)).MapAsync(new ClaimsPrincipal(new ClaimsIdentity(claims, "Test")), actingFor);

    private static Claim Claim(string type, string value) => new(type, value);
}
