using System.Globalization;
using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Programs;

namespace LearningPartner.Infrastructure.Reminders;

/// <summary>
/// The subject and body of a renewal reminder. R-RNW-2: a reminder sent late states the facts as of the day it is sent — the
/// words follow <paramref name="today"/>, never the day the reminder was due ("today" is said only on the anniversary date).
/// </summary>
public static class ReminderText
{
    public static (string Subject, string Body) Compose(Enrollment enrollment, DateOnly today, DateOnly anniversary, DateOnly graceEndsOn)
    {
        var option = enrollment.Level == LearningLevel.LearningActionPack
            ? "Learning Action Pack"
            : $"{enrollment.Level} learning option in {enrollment.CompetencyCode}";
        var ad = Iso(anniversary);
        var lastGraceDay = Iso(graceEndsOn.AddDays(-1));
        var daysToAd = anniversary.DayNumber - today.DayNumber;
        var subject = daysToAd switch
        {
            > 0 => $"Your {option} renews on {ad} (in {Days(daysToAd)})",
            0 => $"Renew your {option} now: its anniversary date is today ({ad})",
            _ => $"Your {option}: the anniversary date was {ad}; renew by {lastGraceDay} or the option lapses",
        };
        var body = $"""
            {subject}.

            As of {Iso(today)}: renewal is evaluated with the anniversary date ({ad}) as evaluation date, on the KPIs of the
            12 months before its month. From the anniversary date the option is in grace until {lastGraceDay}; a renewal not
            confirmed by then lapses with the option. Sign in to the Learning Partner Portal to see your renewal forecast and renew.
            """;
        return (subject, body);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Days(int count) => count == 1 ? "1 day" : $"{count} days";
}
