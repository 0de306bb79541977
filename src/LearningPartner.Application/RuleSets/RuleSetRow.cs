namespace LearningPartner.Application.RuleSets;

/// <summary>A loaded program-year rule set (R-PRG-1), and whether it is in force today.</summary>
public sealed record RuleSetRow(string ProgramYear, int Version, DateOnly EffectiveFrom, DateOnly EffectiveTo,
    DateTimeOffset LoadedAt, string ContentHash, bool InForce);
