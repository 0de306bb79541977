using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Programs;

namespace LearningPartner.Domain.Notifications;

/// <summary>
/// R-MCT-2: a trainer lapse warning as sent: the trainer, the membership's dates, and each held option that lacks MCTs at its
/// anniversary date once the trainer lapses — by level and competency name, never code.
/// </summary>
public sealed record TrainerLapseFacts(string TrainerName, string MctId, DateOnly ValidUntil, IReadOnlyList<TrainerLapseOption> Options)
{
    /// <summary>The first day the trainer no longer counts.</summary>
    public DateOnly LapsesOn => ValidUntil.AddDays(1);

    public static TrainerLapseFacts Of(TrainerLapseWarning warning) =>
        new(warning.TrainerName, warning.MctId, warning.ValidUntil,
            [.. warning.Options.Select(o => new TrainerLapseOption(o.Level, o.CompetencyName, o.Lacks, o.Anniversary) { CompetencyCode = o.CompetencyCode })]);

    public string ToJson() => NoticeJson.Serialize(this);

    public static TrainerLapseFacts FromJson(string json) => NoticeJson.Deserialize<TrainerLapseFacts>(json);
}

/// <summary>An option that lacks <see cref="Lacks"/> MCTs at its anniversary date.</summary>
public sealed record TrainerLapseOption(LearningLevel Level, string? CompetencyName, decimal Lacks, DateOnly Anniversary)
{
    /// <summary>The competency's code, so the warning names it in its reader's language (ADR-019); null for the Learning Action Pack.</summary>
    public string? CompetencyCode { get; init; }
}
