using LearningPartner.Domain.Programs;

namespace LearningPartner.Domain.Eligibility;

/// <summary>One option (the LAP, or silver/gold in a competency) with each of its requirement checks.</summary>
public sealed record OptionEvaluation(LearningLevel Level, string? CompetencyCode, IReadOnlyList<RequirementCheck> Checks)
{
    public bool IsMet => Checks.All(c => c.IsMet);

    public IEnumerable<RequirementCheck> Missing => Checks.Where(c => !c.IsMet);
}
