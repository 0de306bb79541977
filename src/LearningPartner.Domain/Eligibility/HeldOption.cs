using LearningPartner.Domain.Programs;

namespace LearningPartner.Domain.Eligibility;

/// <summary>An option the partner holds now (active or in grace).</summary>
public sealed record HeldOption(LearningLevel Level, string? CompetencyCode);
