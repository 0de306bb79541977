using LearningPartner.Domain.Notifications;
using LearningPartner.Infrastructure.Notifications;
using LearningPartner.Web.Views.Shared;
using Microsoft.Extensions.Localization;
using static LearningPartner.Web.Features.Common.NoticeLines;

namespace LearningPartner.Web.Features.Common;

/// <summary>R-LAP-3: the marketplace profile set up, in words.</summary>
internal static class MarketplaceProfileWords
{
    public static NoticeText Ready(IStringLocalizer localizer, MarketplaceProfileFacts facts) =>
        new(localizer["Your Courseware Marketplace profile is set up: your Learning Action Pack is fully active"],
        [
            One(localizer["Support staff set up your Courseware Marketplace profile on {0}. From then you buy courseware on learning-partner terms.",
                Display.Date(facts.CompletedOn)]),
            One(localizer["Your Learning Action Pack runs to its anniversary date, {0}.", Display.Date(facts.AnniversaryDate)]),
            One(localizer["Open your organisation in the Learning Partner Portal:"]),
        ]);
}
