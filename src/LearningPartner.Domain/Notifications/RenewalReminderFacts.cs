using LearningPartner.Domain.Programs;

namespace LearningPartner.Domain.Notifications;

/// <summary>
/// R-RNW-2: a renewal reminder's facts as of the day it was sent: the option by its level and competency name (from the rule set;
/// partners never read codes), its anniversary date, the day grace ends and the day sent. Its words are dates only — a reminder
/// read or mailed on another day never says "today" or "in 15 days".
/// </summary>
public sealed record RenewalReminderFacts(LearningLevel Level, string? CompetencyName, DateOnly AnniversaryDate, DateOnly GraceEndsOn, DateOnly SentOn)
{
    /// <summary>The competency's code, so the reminder names it in its reader's language (ADR-019); null for the Learning Action Pack.</summary>
    public string? CompetencyCode { get; init; }

    /// <summary>The last day of grace: a renewal confirmed after it is too late (R-RNW-1).</summary>
    public DateOnly LastGraceDay => GraceEndsOn.AddDays(-1);

    /// <summary>Sent on or after the anniversary date: the option is in grace.</summary>
    public bool InGrace => SentOn >= AnniversaryDate;

    /// <summary>The notice's once-only key: one notice per option, anniversary date and reminder day (as its <c>ReminderSent</c> row).</summary>
    public static string OnceKey(int enrollmentId, DateOnly anniversaryDate, int dayOffset) =>
        FormattableString.Invariant($"RenewalReminder:{enrollmentId}:{anniversaryDate:yyyy-MM-dd}:{dayOffset}");

    public string ToJson() => NoticeJson.Serialize(this);

    public static RenewalReminderFacts FromJson(string json) => NoticeJson.Deserialize<RenewalReminderFacts>(json);
}
