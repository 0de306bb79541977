namespace LearningPartner.Domain.Reminders;

/// <summary>The renewal reminders of issue 6, each sent once per option and anniversary date.</summary>
public enum ReminderKind
{
    NinetyDaysBefore = 1,
    ThirtyDaysBefore = 2,
    OnAnniversary = 3,
    SevenDaysBeforeGraceEnds = 4,
}
