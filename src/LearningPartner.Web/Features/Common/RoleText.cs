using LearningPartner.Domain.Partners;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Common;

/// <summary>
/// A portal role as its reader says it (issue 24: partners never see internal codes): "Partner admin", not "PartnerAdmin".
/// The codes stay in the app roles of Entra ID, the claims and the audit trail.
/// </summary>
public static class RoleText
{
    public static string Name(IStringLocalizer localizer, string role) => role switch
    {
        PortalRoles.PartnerAdmin => localizer["Partner admin"],
        PortalRoles.AccountAdmin => localizer["Account admin"],
        PortalRoles.PartnerUser => localizer["Partner user"],
        PortalRoles.ReportViewer => localizer["Report viewer"],
        PortalRoles.SupportStaff => localizer["Support staff"],
        PortalRoles.DirectoryEditor => localizer["Directory editor"],
        _ => role,
    };
}
