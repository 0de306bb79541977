namespace LearningPartner.Domain.Partners;

/// <summary>The portal's roles, as Entra ID app roles name them (R-ROLE-1..4).</summary>
public static class PortalRoles
{
    public const string PartnerAdmin = "PartnerAdmin";
    public const string AccountAdmin = "AccountAdmin";
    public const string PartnerUser = "PartnerUser";
    public const string SupportStaff = "SupportStaff";
    public const string DirectoryEditor = "DirectoryEditor";

    public static readonly IReadOnlyList<string> All =
        [PartnerAdmin, AccountAdmin, PartnerUser, SupportStaff, DirectoryEditor];

    /// <summary>Roles held by people of a partner organisation; they need a user-to-partner row.</summary>
    public static readonly IReadOnlyList<string> PartnerRoles = [PartnerAdmin, AccountAdmin, PartnerUser];

    /// <summary>R-ROLE-1: only these may start, change or pay for an enrollment or submit a listing.</summary>
    public static readonly IReadOnlyList<string> PartnerManagerRoles = [PartnerAdmin, AccountAdmin];

    /// <summary>R-ROLE-4: staff roles see all organisations.</summary>
    public static readonly IReadOnlyList<string> StaffRoles = [SupportStaff, DirectoryEditor];
}
