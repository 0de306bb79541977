using LearningPartner.Application.Common;
using LearningPartner.Application.Standing;
using LearningPartner.Domain.Kpis;

namespace LearningPartner.Application.Requirements;

/// <summary>The requirements checklist: a partner's standing on the evaluation date (R-CMP-*, R-SLV-*, R-GLD-*, R-LAP-1).</summary>
public sealed class RequirementsService(PartnerStandingService standings, PartnerPages pages)
{
    /// <summary>
    /// Kept in memory under the partner's data version and the evaluation date (<see cref="PartnerPages"/>): the standing
    /// reads only rows that name the partner and the rule sets, which are loaded once at start.
    /// </summary>
    public Task<PartnerRequirements> GetAsync(PartnerContext partner, DateOnly evaluationDate, CancellationToken cancellationToken) =>
        pages.GetAsync(partner, evaluationDate, ct => BuildAsync(partner, evaluationDate, ct), cancellationToken);

    /// <summary>Read from the database, without the cache.</summary>
    public async Task<PartnerRequirements> BuildAsync(PartnerContext partner, DateOnly evaluationDate, CancellationToken cancellationToken)
    {
        var standing = await standings.GetAsync(partner, evaluationDate, cancellationToken);
        return new PartnerRequirements(partner, evaluationDate, KpiWindows.ReportAsOf(evaluationDate),
            standing.Options.Where(o => o.ActivationDate is not null).ToList(), standing.Eligibility, standing.RuleSet,
            standing.PendingClaims());
    }
}
