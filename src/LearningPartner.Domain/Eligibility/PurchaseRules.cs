using LearningPartner.Domain.Programs;

namespace LearningPartner.Domain.Eligibility;

/// <summary>R-FEE-1: an option can be bought only once its requirements are met.</summary>
public static class PurchaseRules
{
    /// <summary>The reasons an option cannot be bought now; empty when it can.</summary>
    public static IReadOnlyList<PurchaseRefusal> RefusalsFor(EligibilityResult eligibility, LearningLevel level,
        string? competencyCode, IReadOnlyCollection<HeldOption> held)
    {
        var refusals = new List<PurchaseRefusal>();
        var option = eligibility.Option(level, competencyCode);
        if (option is null)
        {
            return [PurchaseRefusal.NotOffered];
        }

        if (held.Any(h => h.Level == level && h.CompetencyCode == competencyCode))
        {
            refusals.Add(PurchaseRefusal.AlreadyHeld);
        }

        if (level == LearningLevel.Silver && held.Any(h => h.Level == LearningLevel.Gold && h.CompetencyCode == competencyCode))
        {
            refusals.Add(PurchaseRefusal.GoldActiveInCompetency);
        }

        if (!option.IsMet)
        {
            refusals.Add(PurchaseRefusal.RequirementsNotMet);
        }

        return refusals;
    }

    /// <summary>R-GLD-3: a silver holder of the competency that meets gold may upgrade with the discount.</summary>
    public static bool CanUpgradeToGold(EligibilityResult eligibility, string competencyCode, IReadOnlyCollection<HeldOption> held) =>
        held.Any(h => h.Level == LearningLevel.Silver && h.CompetencyCode == competencyCode)
        && !held.Any(h => h.Level == LearningLevel.Gold && h.CompetencyCode == competencyCode)
        && eligibility.Competency(competencyCode)?.Gold is { IsMet: true };
}
