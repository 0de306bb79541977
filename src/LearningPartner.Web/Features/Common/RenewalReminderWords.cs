using LearningPartner.Domain.Notifications;
using LearningPartner.Infrastructure.Notifications;
using LearningPartner.Web.Views.Shared;
using Microsoft.Extensions.Localization;
using static LearningPartner.Web.Features.Common.NoticeLines;

namespace LearningPartner.Web.Features.Common;

/// <summary>
/// R-RNW-2: a renewal reminder in words, as of the day it was sent and with dates only — read or mailed on another day it is still
/// true (never "today", never "in 15 days").
/// </summary>
internal static class RenewalReminderWords
{
    public static NoticeText Of(IStringLocalizer localizer, RenewalReminderFacts facts)
    {
        var option = Option(localizer, facts.Level, facts.CompetencyName);
        var ad = Display.Date(facts.AnniversaryDate);
        var lastGraceDay = Display.Date(facts.LastGraceDay);
        return facts.InGrace
            ? new(localizer["Your {0}: the anniversary date was {1}; renew by {2} or the option lapses", option, ad, lastGraceDay],
            [
                One(localizer["The anniversary date of your {0} was {1}. It is in grace until {2}: a renewal not confirmed by then lapses with the option.",
                    option, ad, lastGraceDay]),
                One(localizer["As of {0}: renewal is evaluated with the anniversary date ({1}) as evaluation date, on the KPIs of the 12 months before its month.",
                    Display.Date(facts.SentOn), ad]),
                One(localizer["See your renewal forecast and renew in the Learning Partner Portal:"]),
            ])
            : new(localizer["Your {0} renews on {1}", option, ad],
            [
                One(localizer["Your {0} renews on its anniversary date, {1}. From then it is in grace until {2}: a renewal not confirmed by then lapses with the option.",
                    option, ad, lastGraceDay]),
                One(localizer["As of {0}: renewal is evaluated with the anniversary date ({1}) as evaluation date, on the KPIs of the 12 months before its month.",
                    Display.Date(facts.SentOn), ad]),
                One(localizer["See your renewal forecast and renew in the Learning Partner Portal:"]),
            ]);
    }
}
