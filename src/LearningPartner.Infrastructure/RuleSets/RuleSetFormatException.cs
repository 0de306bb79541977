namespace LearningPartner.Infrastructure.RuleSets;

/// <summary>A rule set file that cannot be used, with every problem found in it.</summary>
public sealed class RuleSetFormatException(string source, IReadOnlyList<string> problems)
    : Exception($"Rule set {source} cannot be loaded: {string.Join("; ", problems)}")
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
