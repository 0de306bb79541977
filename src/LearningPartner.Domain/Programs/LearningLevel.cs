namespace LearningPartner.Domain.Programs;

/// <summary>The options a partner can hold, lowest first (R-GLD-2: gold → silver → LAP → none).</summary>
public enum LearningLevel
{
    LearningActionPack = 1,
    Silver = 2,
    Gold = 3,
}
