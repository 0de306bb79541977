using LearningPartner.Domain.Partners;
using Microsoft.AspNetCore.Authorization;

namespace LearningPartner.Web.Identity;

/// <summary>Named authorization policies (R-ROLE-1..4). Every action names one, or [AllowAnonymous].</summary>
public static class PortalPolicies
{
    /// <summary>Any signed-in user.</summary>
    public const string SignedIn = nameof(SignedIn);

    /// <summary>A user of a partner organisation (any partner role, linked to an organisation).</summary>
    public const string PartnerMember = nameof(PartnerMember);

    /// <summary>R-ROLE-1: partner admins and account admins of a linked organisation.</summary>
    public const string PartnerManager = nameof(PartnerManager);

    /// <summary>R-ORG-2, R-ORG-3: partner admins of a linked organisation (account admins and users are not).</summary>
    public const string PartnerAdmin = nameof(PartnerAdmin);

    /// <summary>
    /// R-ORG-3: a partner's activity log — its partner admins read it; staff read every organisation's (R-ROLE-4), as the
    /// partner sees it.
    /// </summary>
    public const string PartnerActivityReader = nameof(PartnerActivityReader);

    /// <summary>
    /// R-ROLE-4: partner members read their own organisation, staff read all — except report viewers (R-ROLE-5), who read
    /// only the pages of <see cref="PartnerReportReader"/>. A new partner page is closed to them until chosen otherwise.
    /// </summary>
    public const string PartnerDataReader = nameof(PartnerDataReader);

    /// <summary>R-ROLE-5: KPIs, requirements and standing (overview), which report viewers read too, without revenue or people.</summary>
    public const string PartnerReportReader = nameof(PartnerReportReader);

    /// <summary>R-ROLE-2.</summary>
    public const string SupportStaff = nameof(SupportStaff);

    /// <summary>R-ROLE-3.</summary>
    public const string DirectoryEditor = nameof(DirectoryEditor);

    /// <summary>Support staff or directory editors.</summary>
    public const string Staff = nameof(Staff);

    public static void Register(AuthorizationOptions options)
    {
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(PartnerMember, p => p.RequireAssertion(c => c.User.IsPartnerMember()));
        options.AddPolicy(PartnerManager, p => p.RequireAssertion(c => c.User.IsPartnerManager()));
        options.AddPolicy(PartnerAdmin, p => p.RequireAssertion(c => c.User.IsPartnerAdmin()));
        options.AddPolicy(PartnerActivityReader, p => p.RequireAssertion(c => c.User.IsPartnerAdmin() || c.User.IsStaff()));
        options.AddPolicy(PartnerDataReader, p => p.RequireAssertion(c => (c.User.IsPartnerMember() && !c.User.IsReportViewer()) || c.User.IsStaff()));
        options.AddPolicy(PartnerReportReader, p => p.RequireAssertion(c => c.User.IsPartnerMember() || c.User.IsStaff()));
        options.AddPolicy(SupportStaff, p => p.RequireClaim(PortalClaimTypes.Role, PortalRoles.SupportStaff));
        options.AddPolicy(DirectoryEditor, p => p.RequireClaim(PortalClaimTypes.Role, PortalRoles.DirectoryEditor));
        options.AddPolicy(Staff, p => p.RequireAssertion(c => c.User.IsStaff()));

        // No fallback policy: it would also send anonymous visitors of a mistyped address to sign-in
        // instead of the 404 page. Every action names its policy instead, and a unit test enforces it.
    }
}
