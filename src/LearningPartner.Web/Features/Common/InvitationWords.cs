using LearningPartner.Infrastructure.Notifications;
using LearningPartner.Web.Views.Shared;
using Microsoft.Extensions.Localization;
using static LearningPartner.Web.Features.Common.NoticeLines;

namespace LearningPartner.Web.Features.Common;

/// <summary>R-ORG-2: the invitation mail in words, the role by its name (never its code), the link's expiry as a date and time.</summary>
internal static class InvitationWords
{
    public static NoticeText Of(IStringLocalizer localizer, InvitationMailFacts facts) =>
        new(localizer["Invitation to {0} in the Learning Partner Portal", facts.OrganisationName],
        [
            One(localizer["{0} invites you to join {1} in the Learning Partner Portal as {2}.", facts.InvitedBy, facts.OrganisationName,
                RoleText.Name(localizer, facts.Role)]),
            One(localizer["Open this link and sign in with the work account of this email address to accept. The link works once, until {0}:",
                Display.Date(facts.ExpiresAt)]),
            One(facts.Link),
            One(localizer["If you did not expect this invitation, ignore this email."]),
        ]);
}
