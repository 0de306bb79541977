using System.Globalization;
using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Programs;
using LearningPartner.Domain.Reminders;

namespace LearningPartner.Infrastructure.Reminders;

/// <summary>The subject and body of a renewal reminder.</summary>
public static class ReminderText
{
    public static (string Subject, string Body) Compose(Enrollment enrollment, ReminderKind kind, DateOnly anniversary, DateOnly graceEndsOn)
    {
        var option = enrollment.Level == LearningLevel.LearningActionPack
            ? "Learning Action Pack"
            : $"{enrollment.Level} learning option in {enrollment.CompetencyCode}";
        var ad = anniversary.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var lastGraceDay = graceEndsOn.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var subject = kind switch
        {
            ReminderKind.NinetyDaysBefore => $"Your {option} renews on {ad} (in 90 days)",
            ReminderKind.ThirtyDaysBefore => $"Your {option} renews on {ad} (in 30 days)",
            ReminderKind.OnAnniversary => $"Renew your {option} now: its anniversary date is today",
            _ => $"7 days left to renew your {option} (grace ends after {lastGraceDay})",
        };
        var body = $"""
            {subject}.

            Renewal is evaluated with the anniversary date ({ad}) as evaluation date, on the KPIs of the 12 months before
            its month. From the anniversary date the option is in grace until {lastGraceDay}; a renewal not confirmed by
            then lapses with the option. Sign in to the Learning Partner Portal to see your renewal forecast and renew.
            """;
        return (subject, body);
    }
}
