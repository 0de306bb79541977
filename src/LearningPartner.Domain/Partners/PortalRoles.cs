namespace LearningPartner.Domain.Partners;

/// <summary>The portal's roles, as Entra ID app roles name them (R-ROLE-1..4).</summary>
public static class PortalRoles
{
    public const string PartnerAdmin = "PartnerAdmin";
    public const string AccountAdmin = "AccountAdmin";
    public const string PartnerUser = "PartnerUser";

    /// <summary>R-ROLE-5: reads its organisation's KPIs, requirements and standing, never revenue or trainers' personal data.</summary>
    public const string ReportViewer = "ReportViewer";
    public const string SupportStaff = "SupportStaff";
    public const string DirectoryEditor = "DirectoryEditor";

    public static readonly IReadOnlyList<string> All =
        [PartnerAdmin, AccountAdmin, PartnerUser, ReportViewer, SupportStaff, DirectoryEditor];

    /// <summary>
    /// Roles held by people of a partner organisation, per membership, in the portal (R-ROLE-6): granted and changed by the
    /// organisation's partner admins, never by a token.
    /// </summary>
    public static readonly IReadOnlyList<string> PartnerRoles = [PartnerAdmin, AccountAdmin, PartnerUser, ReportViewer];

    /// <summary>R-ROLE-1: only these may start, change or pay for an enrollment or submit a listing.</summary>
    public static readonly IReadOnlyList<string> PartnerManagerRoles = [PartnerAdmin, AccountAdmin];

    /// <summary>R-ROLE-4: staff roles see all organisations. R-ROLE-6: granted only by the operator's home tenant.</summary>
    public static readonly IReadOnlyList<string> StaffRoles = [SupportStaff, DirectoryEditor];
}
