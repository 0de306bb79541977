using LearningPartner.Domain.Notifications;
using LearningPartner.Infrastructure.Notifications;
using LearningPartner.Web.Views.Shared;
using Microsoft.Extensions.Localization;
using static LearningPartner.Web.Features.Common.NoticeLines;

namespace LearningPartner.Web.Features.Common;

/// <summary>R-DIR-4: the directory editors' decision on a listing request in words.</summary>
internal static class ListingNoticeWords
{
    public static NoticeText Approved(IStringLocalizer localizer, ListingDecisionFacts facts)
    {
        var publishOn = facts.PublishOn is { } date ? Display.Date(date) : string.Empty;
        return new(localizer["Your directory listing is approved: published on {0}", publishOn],
        [
            One(localizer["The directory editors approved your listing \"{0}\" in the batch of {1}. It shows in the public Learning Partner directory from {2}, while you hold a learning option.",
                facts.DisplayName, facts.Batch, publishOn]),
            One(localizer["See your listing in the Learning Partner Portal:"]),
        ]);
    }

    public static NoticeText Rejected(IStringLocalizer localizer, ListingDecisionFacts facts) =>
        new(localizer["Your directory listing request was not approved"],
        [
            One(localizer["The directory editors did not approve your listing \"{0}\". Their reason:", facts.DisplayName]),
            Written(facts.Reason),
            One(localizer["See your listing in the Learning Partner Portal:"]),
        ]);
}
