using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Programs;
using LearningPartner.Infrastructure.Kpis;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.RuleSets;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Web.Features.Requirements;

/// <summary>
/// Gathers a partner's facts (trainers, exams, KPI totals of the R-KPI-7 window, computed by the database)
/// and runs the domain's eligibility rules with the evaluation date's rule set — the one answer every page,
/// the API and support staff share.
/// </summary>
public sealed class EligibilityService(PortalDbContext db, KpiQueries kpis, RuleSetCatalogProvider catalogs)
{
    public async Task<RequirementsViewModel?> GetAsync(string partnerId, DateOnly evaluationDate, DateOnly today,
        CancellationToken cancellationToken)
    {
        var organisation = await db.PartnerOrganisations.AsNoTracking()
            .FirstOrDefaultAsync(o => o.PartnerId == partnerId, cancellationToken);
        if (organisation is null)
        {
            return null;
        }

        var catalog = catalogs.Catalog;
        var options = await HeldOptionsAsync(organisation.Id, evaluationDate, catalog, cancellationToken);
        var ruleSet = catalog.Find(evaluationDate);
        EligibilityResult? result = null;
        string? refusal = null;
        if (ruleSet is null)
        {
            // R-PRG-1: refuse clearly; never borrow another program year's numbers.
            refusal = new RuleSetNotFoundException(evaluationDate).Message;
        }
        else
        {
            var trainers = await db.Trainers.AsNoTracking().Where(t => t.PartnerOrganisationId == organisation.Id).ToListAsync(cancellationToken);
            var exams = await db.ExamPasses.AsNoTracking().Where(e => e.PartnerOrganisationId == organisation.Id).ToListAsync(cancellationToken);
            var totals = await kpis.WindowTotalsAsync(partnerId, KpiWindows.EligibilityWindow(evaluationDate), cancellationToken);
            result = EligibilityEvaluator.Evaluate(ruleSet, evaluationDate, new PartnerFacts(organisation.CountryCode, trainers, exams, totals));
        }

        return new RequirementsViewModel(organisation.PartnerId, organisation.Name, evaluationDate, evaluationDate == today,
            KpiWindows.ReportAsOf(evaluationDate), options, result, ruleSet, refusal);
    }

    private async Task<IReadOnlyList<HeldOptionRow>> HeldOptionsAsync(int organisationId, DateOnly date, RuleSetCatalog catalog,
        CancellationToken cancellationToken)
    {
        var enrollments = await db.Enrollments.AsNoTracking()
            .Where(e => e.PartnerOrganisationId == organisationId && e.ActivationDate != null)
            .ToListAsync(cancellationToken);
        return enrollments
            .OrderByDescending(e => e.Level).ThenBy(e => e.CompetencyCode)
            .Select(e =>
            {
                var facts = new OptionFacts(e.Level, e.CompetencyCode, e.ActivationDate, e.AnniversaryDate, e.MarketplaceProfileCompletedOn, []);
                // R-RNW-1: the grace period is the one of the AD's program year.
                var adRuleSet = catalog.Find(e.AnniversaryDate!.Value);
                return adRuleSet is null
                    ? new HeldOptionRow(e.Level, e.CompetencyCode, CompetencyName(catalog, e.CompetencyCode), e.ActivationDate, null,
                        new RuleSetNotFoundException(e.AnniversaryDate.Value).Message)
                    : new HeldOptionRow(e.Level, e.CompetencyCode, CompetencyName(catalog, e.CompetencyCode), e.ActivationDate,
                        OptionLifecycle.StateOn(date, facts, adRuleSet.RenewalGraceDays, catalog.ExtensionWindows), null);
            })
            .ToList();
    }

    private static string? CompetencyName(RuleSetCatalog catalog, string? code) =>
        code is null ? null : catalog.All.Reverse().Select(r => r.Competency(code)?.Name).FirstOrDefault(n => n is not null) ?? code;
}
