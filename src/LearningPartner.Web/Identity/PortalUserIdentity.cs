using System.Security.Claims;
using LearningPartner.Application.Common;

namespace LearningPartner.Web.Identity;

/// <summary>Who the portal takes a signed-in principal to be: object id, name, portal roles, organisation.</summary>
public sealed record PortalUserIdentity(string ObjectId, string DisplayName, IReadOnlyList<string> Roles, PartnerContext? Partner)
{
    public ClaimsIdentity ToClaimsIdentity()
    {
        var claims = new List<Claim>
        {
            new(PortalClaimTypes.ObjectId, ObjectId),
            new(PortalClaimTypes.Name, DisplayName),
        };
        claims.AddRange(Roles.Select(r => new Claim(PortalClaimTypes.Role, r)));
        if (Partner is not null)
        {
            claims.Add(new Claim(PortalClaimTypes.PartnerId, Partner.PartnerId));
            claims.Add(new Claim(PortalClaimTypes.OrganisationId, Partner.OrganisationId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            claims.Add(new Claim(PortalClaimTypes.OrganisationName, Partner.Name));
        }

        return new ClaimsIdentity(claims, PortalClaimTypes.PortalAuthenticationType, PortalClaimTypes.Name, PortalClaimTypes.Role);
    }
}
