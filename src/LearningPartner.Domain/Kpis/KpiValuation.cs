using LearningPartner.Domain.Programs;

namespace LearningPartner.Domain.Kpis;

/// <summary>R-KPI-2: a line's KPI value and category, from the rule set of its invoice date's program year.</summary>
public static class KpiValuation
{
    /// <summary>The OMLP type's rule in the invoice date's program year, or null when that year does not know the type.</summary>
    public static OmlpTypeRule? RuleFor(RuleSetCatalog catalog, DateOnly invoiceDate, string omlpType) =>
        catalog.For(invoiceDate).OmlpTypes.GetValueOrDefault(omlpType);

    /// <summary>Units × weight: independent of training duration (a one-day and a five-day course earn the same).</summary>
    public static decimal ValueOf(int units, OmlpTypeRule rule) => units * rule.KpiWeight;
}
