using LearningPartner.Domain.Programs;

namespace LearningPartner.Domain.Enrollments;

/// <summary>
/// Each option of a partner with its state on a date (R-RNW-1: the grace period of its AD's program year; R-EXT-1), as
/// the overview, the requirements, renewal, payment confirmation and the directory (R-DIR-5) all read it.
/// </summary>
public static class OptionRows
{
    public static IReadOnlyList<OptionRow> Of(IEnumerable<Enrollment> enrollments, ILookup<int, OrderFact> orders, DateOnly date,
        RuleSetCatalog catalog)
    {
        return enrollments
            .OrderByDescending(e => e.Level).ThenBy(e => e.CompetencyCode)
            .Select(e =>
            {
                var facts = new OptionFacts(e.Level, e.CompetencyCode, e.ActivationDate, e.AnniversaryDate,
                    e.MarketplaceProfileCompletedOn, orders[e.Id].ToList(), e.EndedOn);
                var name = CompetencyName(catalog, e.CompetencyCode);
                if (e.AnniversaryDate is null)
                {
                    return new OptionRow(e.Id, e.Level, e.CompetencyCode, name, null, OptionLifecycle.StateOn(date, facts, 0, []));
                }

                // R-RNW-1: the grace period is the one of the AD's program year. Before the AD the grace period
                // plays no part, so an AD in a year without a rule set does not hide that the option is held.
                var adRuleSet = catalog.Find(e.AnniversaryDate.Value);
                var beforeAnniversary = OptionLifecycle.StateOn(date, facts, 0, catalog.ExtensionWindows);
                return adRuleSet is not null
                    ? new OptionRow(e.Id, e.Level, e.CompetencyCode, name, e.ActivationDate,
                        OptionLifecycle.StateOn(date, facts, adRuleSet.RenewalGraceDays, catalog.ExtensionWindows))
                    : beforeAnniversary.State is OptionState.Active or OptionState.MarketplaceAccessPending or OptionState.Replaced or OptionState.SteppedDown
                        ? new OptionRow(e.Id, e.Level, e.CompetencyCode, name, e.ActivationDate, beforeAnniversary)
                        : new OptionRow(e.Id, e.Level, e.CompetencyCode, name, e.ActivationDate, null, e.AnniversaryDate);
            })
            .ToList();
    }

    public static string? CompetencyName(RuleSetCatalog catalog, string? code) =>
        code is null ? null : catalog.All.Reverse().Select(r => r.Competency(code)?.Name).FirstOrDefault(n => n is not null) ?? code;
}
