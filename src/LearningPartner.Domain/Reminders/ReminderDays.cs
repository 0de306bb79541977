namespace LearningPartner.Domain.Reminders;

/// <summary>
/// R-RNW-2: the configured reminder days around the anniversary date (Partner Center: 15 days before and 23 days after) and
/// how many days before grace ends the last reminder goes out.
/// </summary>
/// <param name="DaysBefore">Days before the AD (each at least 1).</param>
/// <param name="DaysAfter">Days after the AD (0 is on the AD).</param>
/// <param name="BeforeGraceEnds">Days before grace ends (at least 1).</param>
public sealed record ReminderDays(IReadOnlyList<int> DaysBefore, IReadOnlyList<int> DaysAfter, int BeforeGraceEnds)
{
    public static readonly ReminderDays PartnerCenter = new([15], [23], 7);

    /// <summary>Why the configuration cannot be used, or null when it can.</summary>
    public string? Problem =>
        DaysBefore.Any(d => d < 1) ? "every day before the anniversary date is at least 1"
        : DaysAfter.Any(d => d < 0) ? "every day after the anniversary date is at least 0"
        : BeforeGraceEnds < 1 ? "the reminder before grace ends is at least 1 day before it"
        : null;
}
