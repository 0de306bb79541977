using System.Security.Claims;
using LearningPartner.FunctionalTests.Support;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartner.FunctionalTests.Identity;

/// <summary>
/// Entra ID cannot be signed into here, so these feed the claims Entra issues (tenant id, object id, app roles, name)
/// through the portal's real claims transformation, memberships and policies (ADR-012, R-ROLE-6).
/// </summary>
public sealed class EntraMappingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string ContosoAdminOid = "5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a01";
    private const string ContosoUserOid = "5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a02";
    private const string ContosoViewerOid = "5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a08";
    private const string UnlinkedOid = "0d9a1c2b-3e4f-4a5b-8c6d-7e8f9a0b1c2d";
    private const string Home = Personas.HomeTenantId;
    private const string Contoso = Personas.ContosoTenantId;
    private const string Elsewhere = "7c0d9e8f-1a2b-4c3d-8e9f-0a1b2c3d4e5f";

    public static TheoryData<string, string, string[], string[]> Cases => new()
    {
        // tenant id, object id, app roles in the token, policies that must be granted (all others refused)
        { Contoso, ContosoAdminOid, [], ["SignedIn", "PartnerMember", "PartnerManager", "PartnerAdmin", "PartnerActivityReader", "PartnerDataReader", "PartnerReportReader"] },
        { Contoso, ContosoAdminOid, ["PartnerUser"], ["SignedIn", "PartnerMember", "PartnerManager", "PartnerAdmin", "PartnerActivityReader", "PartnerDataReader", "PartnerReportReader"] }, // the membership's role
        { Contoso, ContosoUserOid, ["PartnerAdmin"], ["SignedIn", "PartnerMember", "PartnerDataReader", "PartnerReportReader"] }, // a token cannot raise it
        { Contoso, ContosoViewerOid, [], ["SignedIn", "PartnerMember", "PartnerReportReader"] }, // R-ROLE-5: KPIs, requirements, standing only
        { Home, ContosoAdminOid, ["PartnerAdmin"], ["SignedIn"] }, // the same object id in another tenant is another person
        { Elsewhere, ContosoAdminOid, [], ["SignedIn"] },
        { Home, UnlinkedOid, ["SupportStaff"], ["SignedIn", "PartnerActivityReader", "PartnerDataReader", "PartnerReportReader", "SupportStaff", "Staff"] },
        { Home, UnlinkedOid, ["DirectoryEditor"], ["SignedIn", "PartnerActivityReader", "PartnerDataReader", "PartnerReportReader", "DirectoryEditor", "Staff"] },
        { Contoso, UnlinkedOid, ["SupportStaff"], ["SignedIn"] }, // staff roles only from the home tenant
        { Elsewhere, UnlinkedOid, ["SupportStaff", "DirectoryEditor"], ["SignedIn"] },
        { Home, UnlinkedOid, ["PartnerAdmin"], ["SignedIn"] },
        { Home, UnlinkedOid, ["Global.Administrator"], ["SignedIn"] },
        { Home, UnlinkedOid, [], ["SignedIn"] },
    };

    private static readonly string[] AllPolicies =
        ["SignedIn", "PartnerMember", "PartnerManager", "PartnerAdmin", "PartnerActivityReader", "PartnerDataReader", "PartnerReportReader", "SupportStaff", "DirectoryEditor", "Staff"];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EntraClaimsGrantExactlyTheExpectedPolicies(string tenantId, string objectId, string[] appRoles, string[] granted)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var principal = await Transform(scope.ServiceProvider, EntraPrincipal(tenantId, objectId, appRoles, shortClaimTypes: false));
        var authorization = scope.ServiceProvider.GetRequiredService<IAuthorizationService>();

        foreach (var policy in AllPolicies)
        {
            var result = await authorization.AuthorizeAsync(principal, policy);
            Assert.True(result.Succeeded == granted.Contains(policy), $"{policy} for {tenantId}/{objectId} with roles [{string.Join(",", appRoles)}]");
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task MappedAndUnmappedClaimTypesGiveTheSamePortalUser(bool shortClaimTypes)
    {
        await using var scope = factory.Services.CreateAsyncScope();

        var principal = await Transform(scope.ServiceProvider,
            EntraPrincipal(Contoso.ToUpperInvariant(), ContosoAdminOid.ToUpperInvariant(), [], shortClaimTypes));

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
    private static ClaimsPrincipal EntraPrincipal(string tenantId, string objectId, string[] appRoles, bool shortClaimTypes)
    {
        var claims = new List<Claim>
        {
            new(shortClaimTypes ? "oid" : "http://schemas.microsoft.com/identity/claims/objectidentifier", objectId),
            new("name", "Avery from Entra"),
            new("preferred_username", "avery@contoso.example"),
            new(shortClaimTypes ? "tid" : "http://schemas.microsoft.com/identity/claims/tenantid", tenantId),
        };
        claims.AddRange(appRoles.Select(r => new Claim(shortClaimTypes ? "roles" : ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "AuthenticationTypes.Federation"));
    }
}
