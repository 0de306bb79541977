namespace LearningPartner.Domain.Reminders;

/// <summary>A renewal reminder of an option: its day (<paramref name="DayOffset"/> days from the anniversary date) and kind.</summary>
public sealed record DueReminder(ReminderKind Kind, int DayOffset, DateOnly Anniversary)
{
    public DateOnly DueOn => Anniversary.AddDays(DayOffset);
}
