using LearningPartner.Domain.Programs;

namespace LearningPartner.Domain.Eligibility;

/// <summary>
/// R-RNW-1, R-GLD-2, R-FY-1: a renewal is evaluated with the anniversary date as evaluation date, the first one
/// included, and renews at the level the partner meets then — never above the level held (moving up is an upgrade
/// or a new enrollment), stepping down from gold to silver, or to the Learning Action Pack, when that is all it meets.
/// </summary>
public static class RenewalRules
{
    public static LearningLevel? LevelAtRenewal(EligibilityResult atAnniversary, LearningLevel held, string? competencyCode)
    {
        var met = held == LearningLevel.LearningActionPack
            ? (atAnniversary.LearningActionPack.IsMet ? LearningLevel.LearningActionPack : (LearningLevel?)null)
            : atAnniversary.HighestOffer(competencyCode ?? string.Empty);
        return met is { } level && level > held ? held : met;
    }
}
