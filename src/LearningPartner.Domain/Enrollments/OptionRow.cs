using LearningPartner.Domain.Programs;

namespace LearningPartner.Domain.Enrollments;

/// <summary>
/// An option the partner has enrolled in, with its state on the date. The state is null when no rule set covers its AD
/// (R-PRG-1: the grace period is unknown, never borrowed); <paramref name="StoredAnniversary"/> is then the AD on record.
/// </summary>
public sealed record OptionRow(
    int EnrollmentId,
    LearningLevel Level,
    string? CompetencyCode,
    string? CompetencyName,
    DateOnly? ActivationDate,
    OptionStatus? Status,
    DateOnly? StoredAnniversary = null)
{
    /// <summary>R-PRG-1: no rule set covers the option's AD, so its state on the date is unknown.</summary>
    public bool RuleSetMissing => Status is null && StoredAnniversary is not null;
}
