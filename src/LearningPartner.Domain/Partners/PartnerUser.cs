using LearningPartner.Domain.Common;

namespace LearningPartner.Domain.Partners;

/// <summary>
/// A membership: a person (their Entra tenant and object id) in a partner organisation, with the partner role the portal
/// holds for them (R-ROLE-6, ADR-012). A person may belong to several organisations, one row each. A deactivated membership
/// grants nothing from the next request on.
/// </summary>
public sealed class PartnerUser
{
    private PartnerUser()
    {
        TenantId = string.Empty;
        ObjectId = string.Empty;
        DisplayName = string.Empty;
        Email = string.Empty;
    }

    public PartnerUser(string tenantId, string objectId, string displayName, string email, int partnerOrganisationId, string role,
        DateTimeOffset linkedAt)
    {
        TenantId = Guard.Text(tenantId, 64, nameof(tenantId)).ToLowerInvariant();
        ObjectId = Guard.Text(objectId, 64, nameof(objectId)).ToLowerInvariant();
        DisplayName = Guard.Text(displayName, 200, nameof(displayName));
        Email = Guard.Text(email, 254, nameof(email));
        PartnerOrganisationId = partnerOrganisationId;
        Role = RequirePartnerRole(role);
        LinkedAt = linkedAt;
    }

    public int Id { get; private set; }

    /// <summary>The Entra tenant (the "tid" claim), lower case: object ids are unique only inside a tenant.</summary>
    public string TenantId { get; private set; }

    /// <summary>The Entra ID object id (the "oid" claim), lower case.</summary>
    public string ObjectId { get; private set; }

    public string DisplayName { get; private set; }

    public string Email { get; private set; }

    public int PartnerOrganisationId { get; private set; }

    public PartnerOrganisation? PartnerOrganisation { get; private set; }

    /// <summary>
    /// The partner role (<see cref="PortalRoles.PartnerRoles"/>). Null only on a link made before roles were held here
    /// (ADR-012): it takes its role from the home tenant's app role until a partner admin sets one.
    /// </summary>
    public string? Role { get; private set; }

    public DateTimeOffset LinkedAt { get; private set; }

    /// <summary>When a partner admin or staff deactivated the membership; it grants nothing from then on.</summary>
    public DateTimeOffset? DeactivatedAt { get; private set; }

    public bool IsActive => DeactivatedAt is null;

    /// <summary>The culture the person last chose or signed in with (e.g. "zh-CN"); their emails are written in it. Null: never said.</summary>
    public string? PreferredLanguage { get; private set; }

    /// <summary>The web layer passes only a culture the portal supports.</summary>
    public void PreferLanguage(string culture) => PreferredLanguage = Guard.Text(culture, 10, nameof(culture));

    public void ChangeRole(string role) => Role = RequirePartnerRole(role);

    public void Deactivate(DateTimeOffset at) => DeactivatedAt ??= at;

    /// <summary>R-ORG-2: a partner admin takes a deactivated person back, with the role they had.</summary>
    public void Reactivate() => DeactivatedAt = null;

    private static string RequirePartnerRole(string role) =>
        PortalRoles.PartnerRoles.Contains(role) ? role : throw new ArgumentException($"'{role}' is not a partner role.", nameof(role));
}
