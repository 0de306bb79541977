using LearningPartner.Domain.Kpis;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Identity;

namespace LearningPartner.Web.Features.Requirements;

/// <summary>The requirements page: a partner's standing on the evaluation date.</summary>
public sealed class EligibilityService(PartnerStandingService standings, PartnerPages pages)
{
    /// <summary>
    /// The page kept in memory under the partner's data version and the evaluation date (<see cref="PartnerPages"/>): the
    /// standing reads only rows that name the partner and the rule sets, which are loaded once at start.
    /// </summary>
    public async Task<RequirementsViewModel?> GetAsync(string partnerId, DateOnly evaluationDate, PartnerLink? userLink,
        CancellationToken cancellationToken) =>
        await pages.GetAsync(partnerId, evaluationDate, userLink, ct => BuildAsync(partnerId, evaluationDate, ct), cancellationToken) is { } kept
            ? kept.Page with { DataVersion = kept.DataVersion }
            : null;

    /// <summary>The page read from the database, without the cache.</summary>
    public async Task<RequirementsViewModel?> BuildAsync(string partnerId, DateOnly evaluationDate, CancellationToken cancellationToken)
    {
        var standing = await standings.GetAsync(partnerId, evaluationDate, cancellationToken);
        return standing is null
            ? null
            : new RequirementsViewModel(standing.Organisation.PartnerId, standing.Organisation.Name, evaluationDate,
                KpiWindows.ReportAsOf(evaluationDate),
                standing.Options.Where(o => o.ActivationDate is not null).ToList(), standing.Eligibility, standing.RuleSet, standing.Refusal);
    }
}
