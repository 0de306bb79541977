using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Partners;
using LearningPartner.Domain.Programs;
using LearningPartner.Infrastructure.Kpis;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.RuleSets;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Web.Features.Requirements;

/// <summary>
/// Gathers a partner's facts (trainers, exams, KPI totals of the R-KPI-7 window computed by the database,
/// enrollments and orders) and runs the domain rules with the date's rule set — the one answer every page,
/// the API and support staff share.
/// </summary>
public sealed class PartnerStandingService(PortalDbContext db, KpiQueries kpis, RuleSetCatalogProvider catalogs)
{
    public async Task<PartnerStanding?> GetAsync(string partnerId, DateOnly date, CancellationToken cancellationToken)
    {
        var organisation = await db.PartnerOrganisations.AsNoTracking()
            .FirstOrDefaultAsync(o => o.PartnerId == partnerId, cancellationToken);
        return organisation is null ? null : await GetAsync(organisation, date, cancellationToken);
    }

    public async Task<PartnerStanding> GetAsync(PartnerOrganisation organisation, DateOnly date, CancellationToken cancellationToken) =>
        (await GetManyAsync(organisation, [date], cancellationToken))[date];

    /// <summary>The standing on a date whose eligibility-window KPI totals the caller has already summed (the dashboard).</summary>
    public async Task<PartnerStanding> GetAsync(PartnerOrganisation organisation, DateOnly date, KpiTotals eligibilityWindowTotals,
        CancellationToken cancellationToken) =>
        (await GetManyAsync(organisation, [date], cancellationToken,
            new Dictionary<MonthRange, KpiTotals> { [KpiWindows.EligibilityWindow(date)] = eligibilityWindowTotals }))[date];

    /// <summary>
    /// The standing on several dates (today and each anniversary, say) from one read of the partner's enrollments,
    /// orders, trainers and exams; only the KPI totals are queried per distinct window.
    /// </summary>
    public async Task<IReadOnlyDictionary<DateOnly, PartnerStanding>> GetManyAsync(PartnerOrganisation organisation,
        IEnumerable<DateOnly> dates, CancellationToken cancellationToken, IReadOnlyDictionary<MonthRange, KpiTotals>? knownTotals = null) =>
        await EvaluateAsync(await LoadAsync(organisation, cancellationToken), dates, cancellationToken, knownTotals);

    /// <summary>The partner's recorded facts, read once for a page that evaluates several dates (the overview).</summary>
    public async Task<PartnerRecord> LoadAsync(PartnerOrganisation organisation, CancellationToken cancellationToken)
    {
        var enrollments = await db.Enrollments.AsNoTracking()
            .Where(e => e.PartnerOrganisationId == organisation.Id)
            .ToListAsync(cancellationToken);
        var orders = (await db.Orders.AsNoTracking()
                .Where(o => o.PartnerOrganisationId == organisation.Id)
                .Select(o => new { o.EnrollmentId, o.Kind, o.Status, o.ExpiresOn })
                .ToListAsync(cancellationToken))
            .ToLookup(o => o.EnrollmentId, o => new OrderFact(o.Kind, o.Status, o.ExpiresOn));
        var trainers = await db.Trainers.AsNoTracking().Where(t => t.PartnerOrganisationId == organisation.Id).ToListAsync(cancellationToken);
        var exams = await db.ExamPasses.AsNoTracking().Where(e => e.PartnerOrganisationId == organisation.Id).ToListAsync(cancellationToken);
        return new PartnerRecord(organisation, enrollments, orders, trainers, exams);
    }

    /// <summary>Runs the rules on the record for each date; only the KPI totals are queried, once per distinct window.</summary>
    public async Task<IReadOnlyDictionary<DateOnly, PartnerStanding>> EvaluateAsync(PartnerRecord record, IEnumerable<DateOnly> dates,
        CancellationToken cancellationToken, IReadOnlyDictionary<MonthRange, KpiTotals>? knownTotals = null)
    {
        var catalog = catalogs.Catalog;
        var organisation = record.Organisation;
        var totals = knownTotals is null ? new Dictionary<MonthRange, KpiTotals>() : new Dictionary<MonthRange, KpiTotals>(knownTotals);

        var standings = new Dictionary<DateOnly, PartnerStanding>();
        foreach (var date in dates.Distinct())
        {
            var options = OptionRows.Of(record.Enrollments, record.Orders, date, catalog);
            var ruleSet = catalog.Find(date);
            if (ruleSet is null)
            {
                // R-PRG-1: refuse clearly; never borrow another program year's numbers.
                standings[date] = new PartnerStanding(organisation, date, null, null, new RuleSetNotFoundException(date).Message, options);
                continue;
            }

            var window = KpiWindows.EligibilityWindow(date);
            if (!totals.TryGetValue(window, out var windowTotals))
            {
                totals[window] = windowTotals = await kpis.WindowTotalsAsync(organisation.PartnerId, window, cancellationToken);
            }

            var facts = new PartnerFacts(organisation.CountryCode, record.Trainers, record.Exams, windowTotals);
            standings[date] = new PartnerStanding(organisation, date, ruleSet, EligibilityEvaluator.Evaluate(ruleSet, date, facts), null, options, facts);
        }

        return standings;
    }
}
