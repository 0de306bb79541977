using LearningPartner.Application.Common;
using LearningPartner.Domain.Enrollments;

namespace LearningPartner.Application.Enrollments;

/// <summary>
/// Everything a partner can enroll in today under the day's rule set (no rule set: no offers, R-PRG-1), with the options it
/// already has.
/// </summary>
public sealed record EnrollmentOffers(
    PartnerContext Partner,
    DateOnly Today,
    string? ProgramYear,
    IReadOnlyList<OptionRow> Options,
    IReadOnlyList<Offer> Offers)
{
    /// <summary>R-PRG-1: no rule set covers today.</summary>
    public bool RuleSetMissing => ProgramYear is null;
}
