using System.Security.Claims;
using LearningPartner.Application.Common;
using LearningPartner.Web.Identity;
using Moq;

namespace LearningPartner.UnitTests.Identity;

public sealed class EntraClaimsMapperTests
{
    private const string ObjectId = "9b0f3c1e-2a4d-4e6f-8a1b-3c5d7e9f0a2b";
    private static readonly PartnerContext Contoso = new(7, "4100001", "Contoso Learning Ltd", "US", "USD");

    private readonly Mock<IPartnerUserLookup> _lookup = new(MockBehavior.Strict);

    [Fact]
    public async Task PartnerAdminGetsTheOrganisationOfItsUserToPartnerRow()
    {
        _lookup.Setup(l => l.FindAsync(ObjectId, It.IsAny<CancellationToken>())).ReturnsAsync(Contoso);

        var user = await Map(Claim("http://schemas.microsoft.com/identity/claims/objectidentifier", ObjectId),
            Claim(ClaimTypes.Role, "PartnerAdmin"), Claim("name", "Avery Chen"));

        Assert.NotNull(user);
        Assert.Equal(ObjectId, user.ObjectId);
        Assert.Equal("Avery Chen", user.DisplayName);
        Assert.Equal(["PartnerAdmin"], user.Roles);
        Assert.Equal(Contoso, user.Partner);
    }

    [Fact]
    public async Task PartnerRoleWithoutARowBelongsToNoOrganisation()
    {
        _lookup.Setup(l => l.FindAsync(ObjectId, It.IsAny<CancellationToken>())).ReturnsAsync((PartnerContext?)null);

        var user = await Map(Claim("oid", ObjectId), Claim("roles", "PartnerUser"));

        Assert.NotNull(user);
        Assert.Null(user.Partner);
        Assert.Equal(["PartnerUser"], user.Roles);
    }

    [Fact]
    public async Task StaffAreNotLookedUpInTheUserToPartnerTable()
    {
        var user = await Map(Claim("oid", ObjectId), Claim("roles", "SupportStaff"), Claim("roles", "DirectoryEditor"));

        Assert.NotNull(user);
        Assert.Equal(["SupportStaff", "DirectoryEditor"], user.Roles);
        Assert.Null(user.Partner);
        _lookup.Verify(l => l.FindAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task RolesThePortalDoesNotKnowAreIgnored()
    {
        var user = await Map(Claim("oid", ObjectId), Claim("roles", "Global Administrator"), Claim("roles", "supportstaff"));

        Assert.NotNull(user);
        Assert.Empty(user.Roles);
    }

    [Fact]
    public async Task WithoutAnObjectIdThereIsNoPortalUser() =>
        Assert.Null(await Map(Claim("name", "Anonymous"), Claim("roles", "SupportStaff")));

    [Fact]
    public async Task NameFallsBackToTheUsernameThenTheObjectId()
    {
        var withUsername = await Map(Claim("oid", ObjectId), Claim("preferred_username", "sam@example.com"));
        var bare = await Map(Claim("oid", ObjectId.ToUpperInvariant()));

        Assert.Equal("sam@example.com", withUsername!.DisplayName);
        Assert.Equal(ObjectId, bare!.DisplayName.ToLowerInvariant());
        Assert.Equal(ObjectId, bare.ObjectId);
    }

    [Fact]
    public void ThePortalIdentityCarriesRolesAndOrganisationAsClaims()
    {
        var identity = new PortalUserIdentity(ObjectId, "Avery Chen", ["PartnerAdmin"], Contoso).ToClaimsIdentity();
        var principal = new ClaimsPrincipal(identity);

        Assert.True(principal.IsPartnerManager());
        Assert.Equal("4100001", principal.PartnerId());
        Assert.Equal(7, principal.OrganisationId());
        Assert.True(principal.CanSeePartner("4100001"));
        Assert.False(principal.CanSeePartner("4100002"));
        Assert.False(principal.IsStaff());
    }

    private Task<PortalUserIdentity?> Map(params Claim[] claims) =>
        new EntraClaimsMapper(_lookup.Object).MapAsync(new ClaimsPrincipal(new ClaimsIdentity(claims, "Test")));

    private static Claim Claim(string type, string value) => new(type, value);
}
