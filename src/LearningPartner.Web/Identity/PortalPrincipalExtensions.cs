using System.Globalization;
using System.Security.Claims;
using LearningPartner.Domain.Partners;

namespace LearningPartner.Web.Identity;

/// <summary>Reads the portal identity added by <see cref="PortalClaimsTransformation"/>.</summary>
public static class PortalPrincipalExtensions
{
    public static bool HasPortalRole(this ClaimsPrincipal user, string role) =>
        user.HasClaim(PortalClaimTypes.Role, role);

    public static string? PartnerId(this ClaimsPrincipal user) => user.FindFirst(PortalClaimTypes.PartnerId)?.Value;

    public static int? OrganisationId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirst(PortalClaimTypes.OrganisationId)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

    /// <summary>The partner ids of every organisation the person belongs to (ADR-012: one may belong to several).</summary>
    public static IEnumerable<string> MemberOf(this ClaimsPrincipal user) => user.FindAll(PortalClaimTypes.Membership).Select(c => c.Value);

    /// <summary>The other organisations the person may act for, by partner id and name (the id when no name came with it).</summary>
    public static IEnumerable<(string PartnerId, string Name)> OtherMemberships(this ClaimsPrincipal user) =>
        user.FindAll(PortalClaimTypes.Membership)
            .Where(c => c.Value != user.PartnerId())
            .Select(c => (c.Value, c.Properties.TryGetValue(PortalClaimTypes.MembershipNameProperty, out var name) ? name : c.Value));

    public static string? OrganisationName(this ClaimsPrincipal user) => user.FindFirst(PortalClaimTypes.OrganisationName)?.Value;

    public static string? PortalObjectId(this ClaimsPrincipal user) => user.FindFirst(PortalClaimTypes.ObjectId)?.Value;

    /// <summary>The person's Entra tenant (ADR-012: a person is their tenant and object id).</summary>
    public static string? PortalTenantId(this ClaimsPrincipal user) => user.FindFirst(PortalClaimTypes.TenantId)?.Value;

    /// <summary>R-ORG-2: the verified email an invitation must match (<see cref="PortalClaimTypes.Email"/>); null when the token has none.</summary>
    public static string? PortalEmail(this ClaimsPrincipal user) => user.FindFirst(PortalClaimTypes.Email)?.Value;

    public static string PortalName(this ClaimsPrincipal user) =>
        user.FindFirst(PortalClaimTypes.Name)?.Value ?? user.Identity?.Name ?? string.Empty;

    public static bool IsStaff(this ClaimsPrincipal user) => PortalRoles.StaffRoles.Any(user.HasPortalRole);

    public static bool IsPartnerMember(this ClaimsPrincipal user) =>
        user.PartnerId() is not null && PortalRoles.PartnerRoles.Any(user.HasPortalRole);

    /// <summary>
    /// R-ROLE-5: a report viewer (acting as one, and not staff) reads KPIs, requirements and standing but never revenue
    /// values or trainers' personal data (name, email): pages, exports and the API leave them out.
    /// </summary>
    public static bool IsReportViewer(this ClaimsPrincipal user) =>
        user.HasPortalRole(PortalRoles.ReportViewer) && !user.IsStaff();

    /// <summary>R-ROLE-5: revenue values and trainers' personal data are shown to everyone who may read the partner but a report viewer.</summary>
    public static bool SeesRevenueAndPeople(this ClaimsPrincipal user) => !user.IsReportViewer();

    /// <summary>R-ROLE-1: may start, change or pay for an enrollment, or submit a listing.</summary>
    public static bool IsPartnerManager(this ClaimsPrincipal user) =>
        user.PartnerId() is not null && PortalRoles.PartnerManagerRoles.Any(user.HasPortalRole);

    /// <summary>R-ORG-2, R-ORG-3: a partner admin of a linked organisation (not an account admin).</summary>
    public static bool IsPartnerAdmin(this ClaimsPrincipal user) =>
        user.PartnerId() is not null && user.HasPortalRole(PortalRoles.PartnerAdmin);

    /// <summary>R-ROLE-4: a partner member sees only its own organisation; staff see all.</summary>
    public static bool CanSeePartner(this ClaimsPrincipal user, string partnerId) =>
        user.IsStaff() || (user.IsPartnerMember() && string.Equals(user.PartnerId(), partnerId, StringComparison.Ordinal));
}
