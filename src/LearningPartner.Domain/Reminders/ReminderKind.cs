namespace LearningPartner.Domain.Reminders;

/// <summary>
/// What a renewal reminder was about. Stored by name: the first four are issue 6's fixed schedule and stay for the rows
/// already sent; from issue 23 the days are configured (R-RNW-2) and a reminder is identified by its day offset from the
/// anniversary date (<see cref="ReminderSent.DayOffset"/>), its kind only says where that day lies.
/// </summary>
public enum ReminderKind
{
    NinetyDaysBefore = 1,
    ThirtyDaysBefore = 2,
    OnAnniversary = 3,
    SevenDaysBeforeGraceEnds = 4,
    BeforeAnniversary = 5,
    AfterAnniversary = 6,
    BeforeGraceEnds = 7,
}
