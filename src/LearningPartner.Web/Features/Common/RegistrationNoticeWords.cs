using LearningPartner.Domain.Notifications;
using LearningPartner.Infrastructure.Notifications;
using LearningPartner.Web.Views.Shared;
using Microsoft.Extensions.Localization;
using static LearningPartner.Web.Features.Common.NoticeLines;

namespace LearningPartner.Web.Features.Common;

/// <summary>R-ORG-1: support staff's decision on a registered company in words.</summary>
internal static class RegistrationNoticeWords
{
    public static NoticeText Verified(IStringLocalizer localizer, RegistrationDecisionFacts facts) =>
        new(localizer["{0} is verified: you can enroll in the learning partner program", facts.CompanyName],
        [
            One(localizer["The program's support staff verified {0} (partner id {1}) on {2}.", facts.CompanyName, facts.PartnerId,
                Display.Date(facts.DecidedOn)]),
            One(localizer["Your partner admins can now enroll in a learning option, and invite colleagues."]),
            One(localizer["Open your organisation in the Learning Partner Portal:"]),
        ]);

    public static NoticeText Rejected(IStringLocalizer localizer, RegistrationDecisionFacts facts) =>
        new(localizer["The registration of {0} was not accepted", facts.CompanyName],
        [
            One(localizer["The program's support staff did not accept the registration of {0} (partner id {1}) on {2}. Their reason:",
                facts.CompanyName, facts.PartnerId, Display.Date(facts.DecidedOn)]),
            Written(facts.Reason),
            One(localizer["Open your organisation in the Learning Partner Portal:"]),
        ]);
}
