using LearningPartner.Domain.Programs;

namespace LearningPartner.Domain.Eligibility;

/// <summary>A competency's silver and gold evaluations (either may not be offered in the program year).</summary>
public sealed record CompetencyEvaluation(string Code, string Name, OptionEvaluation? Silver, OptionEvaluation? Gold)
{
    /// <summary>The highest learning option of this competency that is met, if any.</summary>
    public LearningLevel? HighestMet =>
        Gold is { IsMet: true } ? LearningLevel.Gold
        : Silver is { IsMet: true } ? LearningLevel.Silver
        : null;

    public OptionEvaluation? For(LearningLevel level) => level switch
    {
        LearningLevel.Silver => Silver,
        LearningLevel.Gold => Gold,
        _ => null,
    };
}
