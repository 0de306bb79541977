using LearningPartner.Domain.Notifications;
using LearningPartner.Infrastructure.Notifications;
using LearningPartner.Web.Views.Shared;
using Microsoft.Extensions.Localization;
using static LearningPartner.Web.Features.Common.NoticeLines;

namespace LearningPartner.Web.Features.Common;

/// <summary>
/// R-MCT-2: a trainer lapse warning in words — each option's sentence word for word the overview's (Views/Partners/Overview.cshtml),
/// with dates only: a warning sent late states the facts as of the day it was sent, never "today".
/// </summary>
internal static class TrainerLapseWords
{
    public static NoticeText Of(IStringLocalizer localizer, TrainerLapseFacts facts)
    {
        var sentences = facts.Options.Select(option => Sentence(localizer, facts, option)).ToList();
        var subject = sentences.Count == 1
            ? sentences[0]
            : localizer["If MCT {0} ({1}) lapses on {2}, {3} options you hold lack MCTs at their anniversary dates.", facts.TrainerName, facts.MctId,
                Display.Date(facts.LapsesOn), sentences.Count];
        return new(subject,
        [
            sentences,
            One(localizer["A trainer counts toward requirements only within its verified MCT membership, and a renewal is evaluated on the anniversary date."]),
            One(localizer["Once the trainer has renewed the membership, change its valid-until date on the trainers page; support staff then verify the new date."]),
            One(localizer["Or add another MCT before the anniversary date."]),
            One(localizer["See your trainers in the Learning Partner Portal:"]),
        ]);
    }

    public static string Sentence(IStringLocalizer localizer, TrainerLapseFacts facts, TrainerLapseOption option)
    {
        var name = Option(localizer, option.Level, option.CompetencyName);
        return option.Lacks == 1
            ? localizer["If MCT {0} ({1}) lapses on {2} (membership valid until {3}), {4} lacks 1 MCT at its anniversary date {5}.", facts.TrainerName,
                facts.MctId, Display.Date(facts.LapsesOn), Display.Date(facts.ValidUntil), name, Display.Date(option.Anniversary)]
            : localizer["If MCT {0} ({1}) lapses on {2} (membership valid until {3}), {4} lacks {5} MCTs at its anniversary date {6}.", facts.TrainerName,
                facts.MctId, Display.Date(facts.LapsesOn), Display.Date(facts.ValidUntil), name, Display.Number(option.Lacks), Display.Date(option.Anniversary)];
    }
}
