namespace LearningPartner.Web.Features.RuleSets;

public sealed record RuleSetRow(string ProgramYear, int Version, DateOnly EffectiveFrom, DateOnly EffectiveTo,
    DateTimeOffset LoadedAt, string ContentHash, bool InForce);
