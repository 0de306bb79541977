using LearningPartner.Domain.Enrollments;

namespace LearningPartner.Domain.Reminders;

/// <summary>
/// When each renewal reminder of a held option is due (R-RNW-2): on the configured days around the anniversary date and
/// some days before grace ends. Two reminders on the same day are one (the one before grace ends, the more urgent); a day
/// on or after the end of grace has nothing to remind of (R-RNW-1: the option lapsed).
/// A reminder is due from its day until the next one's, or the end of grace for the last: a run missed while no instance
/// was running catches up within that span (its text tells the facts of the day it is sent), and never sends a reminder
/// once the next one is due, once the option lapsed, or once it was renewed (its anniversary date moved a year on, R-RNW-1).
/// </summary>
public static class ReminderSchedule
{
    public static IReadOnlyList<DueReminder> Milestones(DateOnly anniversary, DateOnly graceEndsOn, ReminderDays days)
    {
        var graceOffset = graceEndsOn.DayNumber - anniversary.DayNumber;
        var around = days.DaysBefore.Select(d => new DueReminder(ReminderKind.BeforeAnniversary, -d, anniversary))
            .Concat(days.DaysAfter.Select(d => new DueReminder(d == 0 ? ReminderKind.OnAnniversary : ReminderKind.AfterAnniversary, d, anniversary)));
        return around
            .Prepend(new DueReminder(ReminderKind.BeforeGraceEnds, graceOffset - days.BeforeGraceEnds, anniversary))
            .Where(r => r.DayOffset < graceOffset)
            .DistinctBy(r => r.DayOffset) // the first of a day wins: the one before grace ends
            .OrderBy(r => r.DayOffset)
            .ToList();
    }

    /// <summary>The reminder due on <paramref name="today"/>, if any, for an option in the given state.</summary>
    public static DueReminder? DueOn(DateOnly today, OptionStatus status, ReminderDays days)
    {
        if (!status.IsHeld || status.Anniversary is not { } anniversary || status.GraceEndsOn is not { } graceEnds)
        {
            return null;
        }

        var milestones = Milestones(anniversary.Effective, graceEnds, days);
        for (var i = milestones.Count - 1; i >= 0; i--)
        {
            var until = i + 1 < milestones.Count ? milestones[i + 1].DueOn : graceEnds;
            if (milestones[i].DueOn <= today && today < until)
            {
                return milestones[i];
            }
        }

        return null;
    }
}
