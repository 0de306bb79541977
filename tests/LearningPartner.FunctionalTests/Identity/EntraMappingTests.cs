using System.Security.Claims;
using LearningPartner.FunctionalTests.Support;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartner.FunctionalTests.Identity;

/// <summary>
/// Entra ID cannot be signed into here, so these feed the claims Entra issues (object id, app roles, name)
/// through the portal's real claims transformation, user-to-partner table and policies.
/// </summary>
public sealed class EntraMappingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string ContosoAdminOid = "5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a01";
    private const string UnlinkedOid = "0d9a1c2b-3e4f-4a5b-8c6d-7e8f9a0b1c2d";

    public static TheoryData<string, string[], string[]> Cases => new()
    {
        // object id, app roles in the token, policies that must be granted (all others refused)
        { ContosoAdminOid, ["PartnerAdmin"], ["SignedIn", "PartnerMember", "PartnerManager", "PartnerAdmin", "PartnerActivityReader", "PartnerDataReader"] },
        { ContosoAdminOid, ["PartnerUser"], ["SignedIn", "PartnerMember", "PartnerDataReader"] },
        { ContosoAdminOid, ["AccountAdmin"], ["SignedIn", "PartnerMember", "PartnerManager", "PartnerDataReader"] },
        { UnlinkedOid, ["PartnerAdmin"], ["SignedIn"] },
        { UnlinkedOid, ["SupportStaff"], ["SignedIn", "PartnerActivityReader", "PartnerDataReader", "SupportStaff", "Staff"] },
        { UnlinkedOid, ["DirectoryEditor"], ["SignedIn", "PartnerActivityReader", "PartnerDataReader", "DirectoryEditor", "Staff"] },
        { UnlinkedOid, ["Global.Administrator"], ["SignedIn"] },
        { UnlinkedOid, [], ["SignedIn"] },
    };

    private static readonly string[] AllPolicies =
        ["SignedIn", "PartnerMember", "PartnerManager", "PartnerAdmin", "PartnerActivityReader", "PartnerDataReader", "SupportStaff", "DirectoryEditor", "Staff"];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EntraClaimsGrantExactlyTheExpectedPolicies(string objectId, string[] appRoles, string[] granted)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var principal = await Transform(scope.ServiceProvider, EntraPrincipal(objectId, appRoles, shortClaimTypes: false));
        var authorization = scope.ServiceProvider.GetRequiredService<IAuthorizationService>();

        foreach (var policy in AllPolicies)
        {
            var result = await authorization.AuthorizeAsync(principal, policy);
            Assert.True(result.Succeeded == granted.Contains(policy), $"{policy} for roles [{string.Join(",", appRoles)}]");
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task MappedAndUnmappedClaimTypesGiveTheSamePortalUser(bool shortClaimTypes)
    {
        await using var scope = factory.Services.CreateAsyncScope();

        var principal = await Transform(scope.ServiceProvider,
            EntraPrincipal(ContosoAdminOid.ToUpperInvariant(), ["PartnerAdmin"], shortClaimTypes));

        Assert.Equal(ContosoAdminOid, principal.PortalObjectId());
        Assert.Equal("Avery from Entra", principal.PortalName());
        Assert.Equal(Personas.ContosoPartnerId, principal.PartnerId());
        Assert.Equal("Contoso Learning Ltd", principal.OrganisationName());
        Assert.True(principal.IsPartnerManager());
        Assert.True(principal.CanSeePartner(Personas.ContosoPartnerId));
        Assert.False(principal.CanSeePartner(Personas.FabrikamPartnerId));
    }

    private static async Task<ClaimsPrincipal> Transform(IServiceProvider services, ClaimsPrincipal principal) =>
        await services.GetRequiredService<IClaimsTransformation>().TransformAsync(principal);

    /// <summary>A principal as Microsoft.Identity.Web hands it over: with or without inbound claim-type mapping.</summary>
    private static ClaimsPrincipal EntraPrincipal(string objectId, string[] appRoles, bool shortClaimTypes)
    {
        var claims = new List<Claim>
        {
            new(shortClaimTypes ? "oid" : "http://schemas.microsoft.com/identity/claims/objectidentifier", objectId),
            new("name", "Avery from Entra"),
            new("preferred_username", "avery@contoso.example"),
            new("tid", "11111111-2222-3333-4444-555555555555"),
        };
        claims.AddRange(appRoles.Select(r => new Claim(shortClaimTypes ? "roles" : ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "AuthenticationTypes.Federation"));
    }
}
