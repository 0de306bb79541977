using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Programs;

namespace LearningPartner.Web.Features.Requirements;

/// <summary>
/// An option the partner has enrolled in, with its state on the date (null when no rule set covers its AD: then
/// <paramref name="Refusal"/> names the missing program year and <paramref name="StoredAnniversary"/> is the AD on record).
/// </summary>
public sealed record OptionRow(
    int EnrollmentId,
    LearningLevel Level,
    string? CompetencyCode,
    string? CompetencyName,
    DateOnly? ActivationDate,
    OptionStatus? Status,
    string? Refusal,
    DateOnly? StoredAnniversary = null);
