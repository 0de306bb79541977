namespace LearningPartner.Web.Identity;

/// <summary>Claim types: those Entra ID issues, and the portal's own, added by the claims transformation.</summary>
public static class PortalClaimTypes
{
    /// <summary>Entra's object id as issued in the token.</summary>
    public const string EntraObjectIdShort = "oid";

    /// <summary>Entra's object id after ASP.NET Core's inbound claim mapping.</summary>
    public const string EntraObjectId = "http://schemas.microsoft.com/identity/claims/objectidentifier";

    /// <summary>Entra's tenant id as issued in the token.</summary>
    public const string EntraTenantIdShort = "tid";

    /// <summary>Entra's tenant id after ASP.NET Core's inbound claim mapping.</summary>
    public const string EntraTenantId = "http://schemas.microsoft.com/identity/claims/tenantid";

    /// <summary>Entra app roles as issued in the token (ClaimTypes.Role after inbound mapping).</summary>
    public const string EntraRoles = "roles";

    public const string EntraName = "name";

    public const string EntraPreferredUsername = "preferred_username";

    /// <summary>Entra's optional "email" claim as issued in the token.</summary>
    public const string EntraEmail = "email";

    /// <summary>Entra's optional "xms_edov" claim: whether the email's domain is verified by the tenant that issued the token.</summary>
    public const string EntraEmailDomainOwnerVerified = "xms_edov";

    /// <summary>Entra's "email" claim after ASP.NET Core's inbound claim mapping.</summary>
    public const string EntraEmailMapped = System.Security.Claims.ClaimTypes.Email;

    /// <summary>The authentication type of the identity the portal adds; its presence means "already mapped".</summary>
    public const string PortalAuthenticationType = "LearningPartnerPortal";

    public const string ObjectId = "lp:oid";
    public const string TenantId = "lp:tid";

    /// <summary>The partner id of each organisation the person belongs to (one claim each).</summary>
    public const string Membership = "lp:member_of";

    /// <summary>The organisation's name, a property of its <see cref="Membership"/> claim.</summary>
    public const string MembershipNameProperty = "lp:member_of_name";
    public const string Name = "lp:name";

    /// <summary>
    /// R-ORG-2: the person's verified email, which an invitation must match: the token's "email" claim when present, else its
    /// "preferred_username" (a work account's sign-in name, which its tenant assigns) — see EntraClaimsMapper.
    /// </summary>
    public const string Email = "lp:email";
    public const string Role = "lp:role";
    public const string PartnerId = "lp:partner_id";
    public const string OrganisationId = "lp:org_id";
    public const string OrganisationName = "lp:org_name";
}
