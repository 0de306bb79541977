using LearningPartner.Application.Common;
using LearningPartner.Application.Standing;
using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Programs;
using LearningPartner.Infrastructure.Kpis;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.RuleSets;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.Kpis;

/// <summary>
/// The KPI dashboard (issue 8, R-KPI-6..8): the report as published on a date, month by month and by OMLP type, its
/// totals per KPI category against the thresholds of the options held and of the next level up, and what the
/// eligibility window counts that the report does not show yet (R-KPI-7). One grouped query reads the lines.
/// </summary>
public sealed class KpiDashboardService(PortalDbContext db, KpiQueries kpis, PartnerStandingService standings, RuleSetCatalogProvider catalogs,
    PartnerPages pages)
{
    /// <summary>How many coming reports the forecast shows.</summary>
    public const int ForecastReports = 3;

    /// <summary>The dashboard as of the date, kept in memory under the partner's data version (<see cref="PartnerPages"/>).</summary>
    public Task<KpiDashboard> GetAsync(PartnerContext partner, DateOnly asOf, CancellationToken cancellationToken) =>
        pages.GetAsync(partner, asOf, ct => BuildAsync(partner, asOf, ct), cancellationToken);

    /// <summary>The dashboard read from the database, without the cache.</summary>
    public async Task<KpiDashboard> BuildAsync(PartnerContext partner, DateOnly asOf, CancellationToken cancellationToken)
    {
        var published = KpiWindows.LatestPublication(asOf);
        var report = KpiWindows.ReportAsOf(asOf);
        var eligibility = KpiWindows.EligibilityWindow(asOf);
        var coming = Enumerable.Range(1, ForecastReports).Select(n => published.AddMonths(n)).ToList();
        var span = new MonthRange(Min(report.From, eligibility.From), Max(KpiWindows.ReportCoverage(coming[^1]).To, eligibility.To));
        // Issue 24: a line dated after the day read (an invoice dated tomorrow) counts in no report nor forecast yet.
        var rows = await kpis.MonthlyByTypeAsync(partner.PartnerId, span, cancellationToken, recordedThrough: asOf);
        var ruleSet = catalogs.Catalog.Find(asOf);
        var reportRows = rows.Where(r => report.Contains(r.MonthStart)).ToList();

        var categoryCodes = (ruleSet?.KpiCategories.Select(c => c.Code) ?? []).Concat(rows.Select(r => r.KpiCategory)).Distinct().ToList();
        var totals = categoryCodes.Select(code => new KpiCategoryTotal(code, ruleSet?.CategoryName(code) ?? code,
            reportRows.Where(r => r.KpiCategory == code).Sum(r => r.Kpi),
            rows.Where(r => r.KpiCategory == code && eligibility.Contains(r.MonthStart)).Sum(r => r.Kpi))).ToList();
        var months = report.Months().Select(month => new KpiMonth(month,
            categoryCodes.ToDictionary(code => code, code => reportRows.Where(r => r.MonthStart == month && r.KpiCategory == code).Sum(r => r.Kpi)),
            reportRows.Where(r => r.MonthStart == month).Sum(r => r.Lines))).ToList();

        // The eligibility window's totals are already summed here: the standing reuses them rather than query again.
        var eligibilityTotals = new KpiTotals(totals.Where(t => t.ForEligibility != 0m).ToDictionary(t => t.Code, t => t.ForEligibility, StringComparer.Ordinal));
        var standing = await standings.GetAsync(partner, asOf, eligibilityTotals, cancellationToken);
        return new KpiDashboard(partner, asOf, published, report, eligibility, ruleSet?.ProgramYear, months,
            reportRows, totals, Thresholds(standing, totals), Difference(rows, report, eligibility, published),
            coming.Select(on => Forecast(on, rows, categoryCodes)).ToList());
    }

    /// <summary>A month's recorded lines, each with why it counts or not as of the date, and its held invoices that do not count (yet).</summary>
    public async Task<KpiMonthLines> GetMonthAsync(PartnerContext partner, DateOnly month, DateOnly asOf, CancellationToken cancellationToken)
    {
        var partnerId = partner.PartnerId;
        var next = month.AddMonths(1);
        var eligibility = KpiWindows.EligibilityWindow(asOf);
        var monthKey = InvoiceLine.MonthKey(month);
        // Issue 24: a line dated after the day read is not listed until its date.
        var inMonth = db.InvoiceLines.AsNoTracking().Where(l => l.PartnerId == partnerId && l.InvoiceMonth == monthKey && l.InvoiceDate <= asOf);
        var total = await inMonth.CountAsync(cancellationToken);
        var lines = await inMonth.OrderBy(l => l.InvoiceDate).ThenBy(l => l.InvoiceNumber).ThenBy(l => l.LineNumber)
            .Take(KpiMonthLines.ShownLines).ToListAsync(cancellationToken);
        var held = await db.HeldInvoices.AsNoTracking()
            .Where(h => h.PartnerOrganisationId == partner.OrganisationId && h.Status != HeldInvoiceStatus.Verified && h.InvoiceDate >= month && h.InvoiceDate < next)
            .OrderBy(h => h.InvoiceDate).ThenBy(h => h.Id)
            .Select(h => new KpiHeldRow(h.InvoiceDate, h.InvoiceNumber, h.LineNumber, h.OmlpType, h.Units, h.Status, h.RefusalReason))
            .ToListAsync(cancellationToken);
        return new KpiMonthLines(partner, asOf, month, KpiWindows.LatestPublication(asOf), KpiWindows.ReportAsOf(asOf),
            KpiWindows.VisibleFrom(month), total,
            lines.Select(l => new KpiLineRow(l.InvoiceDate, l.InvoiceNumber, l.LineNumber, l.OmlpType, l.Units, l.KpiValue, l.Revenue, l.Source,
                KpiWindows.StandingOf(l.InvoiceDate, asOf), l.KpiValue is not null && eligibility.Contains(l.InvoiceDate), Working(l))).ToList(),
            held);
    }

    /// <summary>
    /// R-KPI-2: the weight of the line's OMLP type in its invoice date's program year, when that rule gives the value recorded
    /// (a value fixed under another version of the rule set is shown without a working rather than with a wrong one).
    /// </summary>
    private KpiWorking? Working(InvoiceLine line)
    {
        if (line.KpiValue is not { } kpi || catalogs.Catalog.Find(line.InvoiceDate) is not { } ruleSet
            || ruleSet.OmlpTypes.GetValueOrDefault(line.OmlpType) is not { } rule || KpiValuation.ValueOf(line.Units, rule) != kpi)
        {
            return null;
        }

        return new KpiWorking(rule.KpiWeight, ruleSet.ProgramYear, rule.KpiCategory);
    }

    /// <summary>A coming report from the lines recorded so far (R-KPI-6: it covers the 12 months before its month).</summary>
    private static KpiForecast Forecast(DateOnly publishedOn, List<MonthlyTypeKpi> rows, List<string> categories)
    {
        var coverage = KpiWindows.ReportCoverage(publishedOn);
        return new KpiForecast(publishedOn, coverage,
            categories.ToDictionary(c => c, c => rows.Where(r => r.KpiCategory == c && coverage.Contains(r.MonthStart)).Sum(r => r.Kpi)));
    }

    /// <summary>KPI thresholds of each option held on the date, and of the next level up in its competency (R-CMP-2, R-GLD-1).</summary>
    private static List<KpiThresholdRow> Thresholds(PartnerStanding standing, IReadOnlyList<KpiCategoryTotal> totals)
    {
        var rows = new List<KpiThresholdRow>();
        if (standing.Eligibility is not { } eligibility)
        {
            return rows;
        }

        foreach (var held in standing.Held.Where(h => h.Level != LearningLevel.LearningActionPack).OrderBy(h => h.CompetencyCode).ThenBy(h => h.Level))
        {
            var competency = eligibility.Competency(held.CompetencyCode!);
            AddKpiChecks(rows, competency, held.Level, held: true, totals);
            if (held.Level == LearningLevel.Silver && standing.HeldOption(LearningLevel.Gold, held.CompetencyCode) is null)
            {
                AddKpiChecks(rows, competency, LearningLevel.Gold, held: false, totals);
            }
        }

        return rows;
    }

    private static void AddKpiChecks(List<KpiThresholdRow> rows, CompetencyEvaluation? competency, LearningLevel level, bool held,
        IReadOnlyList<KpiCategoryTotal> totals)
    {
        if (competency?.For(level) is not { } option)
        {
            return;
        }

        foreach (var check in option.Checks.Where(c => c.Kind == RequirementKind.Kpi))
        {
            var total = totals.FirstOrDefault(t => t.Code == check.Subject);
            rows.Add(new KpiThresholdRow(level, competency.Code, competency.Name, held, check.Subject, total?.Name ?? check.Subject, check.Required,
                total?.InReport ?? 0m, check.Actual));
        }
    }

    /// <summary>R-KPI-7: before the 15th the eligibility window is one month ahead of the published report.</summary>
    private static KpiDifference? Difference(List<MonthlyTypeKpi> rows, MonthRange report, MonthRange eligibility, DateOnly published)
    {
        if (report == eligibility)
        {
            return null;
        }

        var newest = eligibility.LastMonth;
        var oldest = report.FirstMonth;
        return new KpiDifference(newest, rows.Where(r => r.MonthStart == newest).Sum(r => r.Lines), rows.Where(r => r.MonthStart == newest).Sum(r => r.Kpi),
            published.AddMonths(1), oldest, rows.Where(r => r.MonthStart == oldest).Sum(r => r.Kpi));
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
