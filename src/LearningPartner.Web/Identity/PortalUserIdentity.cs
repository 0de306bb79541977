using System.Security.Claims;
using LearningPartner.Application.Common;

namespace LearningPartner.Web.Identity;

/// <summary>
/// Who the portal takes a signed-in principal to be: tenant and object id, name, portal roles, the organisation the request
/// acts for, the partner ids of every organisation the person belongs to (with their names, for the header), and the verified
/// email (R-ORG-2) when the token has one.
/// </summary>
public sealed record PortalUserIdentity(string ObjectId, string TenantId, string DisplayName, IReadOnlyList<string> Roles, PartnerContext? Partner,
    IReadOnlyList<string> MemberOf, string? Email = null, IReadOnlyDictionary<string, string>? MemberNames = null)
{
    public ClaimsIdentity ToClaimsIdentity()
    {
        var claims = new List<Claim>
        {
            new(PortalClaimTypes.ObjectId, ObjectId),
            new(PortalClaimTypes.TenantId, TenantId),
            new(PortalClaimTypes.Name, DisplayName),
        };
        if (!string.IsNullOrWhiteSpace(Email))
        {
            claims.Add(new Claim(PortalClaimTypes.Email, Email));
        }

        claims.AddRange(Roles.Select(r => new Claim(PortalClaimTypes.Role, r)));
        claims.AddRange(MemberOf.Select(Membership));
        if (Partner is not null)
        {
            claims.Add(new Claim(PortalClaimTypes.PartnerId, Partner.PartnerId));
            claims.Add(new Claim(PortalClaimTypes.OrganisationId, Partner.OrganisationId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            claims.Add(new Claim(PortalClaimTypes.OrganisationName, Partner.Name));
        }

        return new ClaimsIdentity(claims, PortalClaimTypes.PortalAuthenticationType, PortalClaimTypes.Name, PortalClaimTypes.Role);
    }

    // The organisation's name travels with its partner id so the header can say "Act for Fabrikam", not a number (issue 24).
    private Claim Membership(string partnerId)
    {
        var claim = new Claim(PortalClaimTypes.Membership, partnerId);
        if (MemberNames is not null && MemberNames.TryGetValue(partnerId, out var name))
        {
            claim.Properties[PortalClaimTypes.MembershipNameProperty] = name;
        }

        return claim;
    }
}
