using LearningPartner.Application.Common;
using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Trainers;
using LearningPartner.Infrastructure.Kpis;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.RuleSets;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.Standing;

/// <summary>
/// Gathers a partner's facts (trainers, exams, KPI totals of the R-KPI-7 window computed by the database,
/// enrollments and orders) and runs the domain rules with the date's rule set — the one answer every page,
/// the API and support staff share.
/// </summary>
public sealed class PartnerStandingService(PortalDbContext db, KpiQueries kpis, RuleSetCatalogProvider catalogs)
{
    // Compiled (issue 12): most partner pages read these four; compiling skips EF's per-call expression work.
    private static readonly Func<PortalDbContext, int, IAsyncEnumerable<Enrollment>> EnrollmentsOf =
        EF.CompileAsyncQuery((PortalDbContext db, int organisationId) =>
            db.Enrollments.AsNoTracking().Where(e => e.PartnerOrganisationId == organisationId));

    private static readonly Func<PortalDbContext, int, IAsyncEnumerable<OrderRow>> OrdersOf =
        EF.CompileAsyncQuery((PortalDbContext db, int organisationId) =>
            db.Orders.AsNoTracking().Where(o => o.PartnerOrganisationId == organisationId)
                .Select(o => new OrderRow(o.EnrollmentId, new OrderFact(o.Kind, o.Status, o.ExpiresOn))));

    private static readonly Func<PortalDbContext, int, IAsyncEnumerable<Trainer>> TrainersOf =
        EF.CompileAsyncQuery((PortalDbContext db, int organisationId) =>
            db.Trainers.AsNoTracking().Where(t => t.PartnerOrganisationId == organisationId));

    private static readonly Func<PortalDbContext, int, IAsyncEnumerable<ExamPass>> ExamsOf =
        EF.CompileAsyncQuery((PortalDbContext db, int organisationId) =>
            db.ExamPasses.AsNoTracking().Where(e => e.PartnerOrganisationId == organisationId));

    public async Task<PartnerStanding> GetAsync(PartnerContext partner, DateOnly date, CancellationToken cancellationToken) =>
        (await GetManyAsync(partner, [date], cancellationToken))[date];

    /// <summary>The standing on a date whose eligibility-window KPI totals the caller has already summed (the dashboard).</summary>
    public async Task<PartnerStanding> GetAsync(PartnerContext partner, DateOnly date, KpiTotals eligibilityWindowTotals,
        CancellationToken cancellationToken) =>
        (await GetManyAsync(partner, [date], cancellationToken,
            new Dictionary<MonthRange, KpiTotals> { [KpiWindows.EligibilityWindow(date)] = eligibilityWindowTotals }))[date];

    /// <summary>
    /// The standing on several dates (today and each anniversary, say) from one read of the partner's enrollments,
    /// orders, trainers and exams; only the KPI totals are queried per distinct window.
    /// </summary>
    public async Task<IReadOnlyDictionary<DateOnly, PartnerStanding>> GetManyAsync(PartnerContext partner,
        IEnumerable<DateOnly> dates, CancellationToken cancellationToken, IReadOnlyDictionary<MonthRange, KpiTotals>? knownTotals = null) =>
        await EvaluateAsync(await LoadAsync(partner, cancellationToken), dates, cancellationToken, knownTotals);

    /// <summary>The partner's recorded facts, read once for a page that evaluates several dates (the overview).</summary>
    public async Task<PartnerRecord> LoadAsync(PartnerContext partner, CancellationToken cancellationToken)
    {
        var enrollments = await EnrollmentsOf(db, partner.OrganisationId).ToListAsync(cancellationToken);
        var orders = (await OrdersOf(db, partner.OrganisationId).ToListAsync(cancellationToken)).ToLookup(o => o.EnrollmentId, o => o.Fact);
        var trainers = await TrainersOf(db, partner.OrganisationId).ToListAsync(cancellationToken);
        var exams = await ExamsOf(db, partner.OrganisationId).ToListAsync(cancellationToken);
        return new PartnerRecord(partner, enrollments, orders, trainers, exams);
    }

    /// <summary>
    /// Runs the rules on the record for each date; only the KPI totals are queried, once per distinct window. A forecast of a
    /// future date passes today as <paramref name="recordedThrough"/>: an invoice dated after today counts for nothing yet (issue 24).
    /// </summary>
    public async Task<IReadOnlyDictionary<DateOnly, PartnerStanding>> EvaluateAsync(PartnerRecord record, IEnumerable<DateOnly> dates,
        CancellationToken cancellationToken, IReadOnlyDictionary<MonthRange, KpiTotals>? knownTotals = null, DateOnly? recordedThrough = null)
    {
        var catalog = catalogs.Catalog;
        var partner = record.Partner;
        var totals = knownTotals is null ? new Dictionary<MonthRange, KpiTotals>() : new Dictionary<MonthRange, KpiTotals>(knownTotals);

        var standings = new Dictionary<DateOnly, PartnerStanding>();
        foreach (var date in dates.Distinct())
        {
            var options = OptionRows.Of(record.Enrollments, record.Orders, date, catalog);
            var ruleSet = catalog.Find(date);
            if (ruleSet is null)
            {
                // R-PRG-1: refuse clearly; never borrow another program year's numbers.
                standings[date] = new PartnerStanding(partner, date, null, null, options);
                continue;
            }

            var window = KpiWindows.EligibilityWindow(date);
            if (!totals.TryGetValue(window, out var windowTotals))
            {
                totals[window] = windowTotals = await kpis.WindowTotalsAsync(partner.PartnerId, window, cancellationToken, recordedThrough);
            }

            var facts = new PartnerFacts(partner.CountryCode, record.Trainers, record.Exams, windowTotals);
            standings[date] = new PartnerStanding(partner, date, ruleSet, EligibilityEvaluator.Evaluate(ruleSet, date, facts), options, facts);
        }

        return standings;
    }

    private sealed record OrderRow(int EnrollmentId, OrderFact Fact);
}
