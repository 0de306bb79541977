using LearningPartner.Domain.Kpis;

namespace LearningPartner.Web.Features.Requirements;

/// <summary>The requirements page: a partner's standing on the evaluation date.</summary>
public sealed class EligibilityService(PartnerStandingService standings)
{
    public async Task<RequirementsViewModel?> GetAsync(string partnerId, DateOnly evaluationDate, DateOnly today,
        CancellationToken cancellationToken)
    {
        var standing = await standings.GetAsync(partnerId, evaluationDate, cancellationToken);
        return standing is null
            ? null
            : new RequirementsViewModel(standing.Organisation.PartnerId, standing.Organisation.Name, evaluationDate,
                evaluationDate == today, KpiWindows.ReportAsOf(evaluationDate),
                standing.Options.Where(o => o.ActivationDate is not null).ToList(), standing.Eligibility, standing.RuleSet, standing.Refusal);
    }
}
