using LearningPartner.Domain.Notifications;
using LearningPartner.Infrastructure.Notifications;
using Microsoft.Extensions.Localization;
using static LearningPartner.Web.Features.Common.NoticeLines;

namespace LearningPartner.Web.Features.Common;

/// <summary>R-MCT-1: a rejected trainer or exam claim in words, with support's reason as written.</summary>
internal static class ClaimNoticeWords
{
    public static NoticeText Rejected(IStringLocalizer localizer, ClaimRejectedFacts facts) => facts.Kind switch
    {
        ClaimedFactKind.Trainer => new(localizer["Your claim of MCT {0} ({1}) was rejected", facts.Identifier, facts.PersonName],
        [
            One(localizer["The program's support staff rejected your claim of MCT {0} ({1}). Their reason:", facts.Identifier, facts.PersonName]),
            Written(facts.Reason),
            One(localizer["See your trainers in the Learning Partner Portal:"]),
        ]),
        _ => new(localizer["Your claim of exam {0} ({1}) was rejected", facts.Identifier, facts.PersonName],
        [
            One(localizer["The program's support staff rejected your claim of exam {0} ({1}). Their reason:", facts.Identifier, facts.PersonName]),
            Written(facts.Reason),
            One(localizer["See your exam passes in the Learning Partner Portal:"]),
        ]),
    };
}
