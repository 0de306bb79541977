using LearningPartner.Domain.Common;

namespace LearningPartner.Domain.Reminders;

/// <summary>
/// A renewal reminder that was sent. Unique per (enrollment, anniversary date, day offset) in the database: each configured
/// day once (R-RNW-2); with several instances running, the one that records the row first sends it; the others find it recorded.
/// </summary>
public sealed class ReminderSent
{
    private ReminderSent()
    {
        Recipients = string.Empty;
        Subject = string.Empty;
    }

    /// <summary>A reminder sent from issue 24 on: its words are its notice's (<see cref="Notifications.RenewalReminderFacts"/>).</summary>
    public ReminderSent(int enrollmentId, int partnerOrganisationId, DueReminder reminder, string recipients, DateTimeOffset sentAt)
    {
        EnrollmentId = enrollmentId;
        PartnerOrganisationId = partnerOrganisationId;
        AnniversaryDate = reminder.Anniversary;
        Kind = reminder.Kind;
        DayOffset = reminder.DayOffset;
        Recipients = Guard.Text(recipients, 2000, nameof(recipients));
        Subject = string.Empty;
        SentAt = sentAt;
    }

    public long Id { get; private set; }

    public int EnrollmentId { get; private set; }

    public int PartnerOrganisationId { get; private set; }

    public DateOnly AnniversaryDate { get; private set; }

    public ReminderKind Kind { get; private set; }

    /// <summary>The reminder's day, in days from the anniversary date (negative before it): its identity with the AD.</summary>
    public int DayOffset { get; private set; }

    public string Recipients { get; private set; }

    /// <summary>
    /// Legacy: the English subject a reminder was sent with before issue 24. Empty from then: the reminder is a partner notice
    /// under the once-only key <see cref="Notifications.RenewalReminderFacts.OnceKey"/>, worded when read in the reader's language.
    /// </summary>
    public string Subject { get; private set; }

    public DateTimeOffset SentAt { get; private set; }
}
