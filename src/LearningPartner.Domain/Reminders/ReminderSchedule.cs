using LearningPartner.Domain.Enrollments;

namespace LearningPartner.Domain.Reminders;

/// <summary>
/// When each renewal reminder of a held option is due: 90 and 30 days before the AD, on the AD, and 7 days
/// before grace ends (R-RNW-1). A reminder is due from its date until the next one's; a run that was missed
/// catches up within that span, and never sends a reminder whose moment has passed.
/// </summary>
public static class ReminderSchedule
{
    public static IReadOnlyList<(ReminderKind Kind, DateOnly DueOn)> Milestones(DateOnly anniversary, DateOnly graceEndsOn) =>
    [
        (ReminderKind.NinetyDaysBefore, anniversary.AddDays(-90)),
        (ReminderKind.ThirtyDaysBefore, anniversary.AddDays(-30)),
        (ReminderKind.OnAnniversary, anniversary),
        (ReminderKind.SevenDaysBeforeGraceEnds, graceEndsOn.AddDays(-7)),
    ];

    /// <summary>The reminder due on <paramref name="today"/>, if any, for an option in the given state.</summary>
    public static (ReminderKind Kind, DateOnly Anniversary)? DueOn(DateOnly today, OptionStatus status)
    {
        if (!status.IsHeld || status.Anniversary is not { } anniversary || status.GraceEndsOn is not { } graceEnds)
        {
            return null;
        }

        var milestones = Milestones(anniversary.Effective, graceEnds);
        for (var i = milestones.Count - 1; i >= 0; i--)
        {
            var until = i + 1 < milestones.Count ? milestones[i + 1].DueOn : graceEnds;
            if (milestones[i].DueOn <= today && today < until)
            {
                return (milestones[i].Kind, anniversary.Effective);
            }
        }

        return null;
    }
}
