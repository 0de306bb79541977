using LearningPartner.Application.Common;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Programs;
using LearningPartner.Infrastructure.Kpis;

namespace LearningPartner.Application.Kpis;

/// <summary>One month of the report for the chart and its text alternative: KPI per category, lines.</summary>
public sealed record KpiMonth(DateOnly Month, IReadOnlyDictionary<string, decimal> KpiByCategory, int Lines)
{
    public decimal Kpi => KpiByCategory.Values.Sum();
}

/// <summary>A KPI category's total in the published report and in the eligibility window (R-KPI-6, R-KPI-7).</summary>
public sealed record KpiCategoryTotal(string Code, string Name, decimal InReport, decimal ForEligibility);

/// <summary>A KPI threshold of an option the partner holds, or of the next level up, against what counts (R-KPI-7).</summary>
public sealed record KpiThresholdRow(LearningLevel Level, string? CompetencyCode, string CompetencyName, bool Held, string Category,
    string CategoryName, decimal Required, decimal InReport, decimal ForEligibility)
{
    public bool IsMet => ForEligibility >= Required;
}

/// <summary>
/// R-KPI-7: when the eligibility window and the published report cover different months (before the 15th), the
/// KPI recorded in the newest month but not yet published, and the KPI of the month the report still shows.
/// </summary>
public sealed record KpiDifference(DateOnly NotYetPublishedMonth, int NotYetPublishedLines, decimal NotYetPublishedKpi, DateOnly NextPublication,
    DateOnly StillReportedMonth, decimal StillReportedKpi);

/// <summary>
/// A coming report (R-KPI-6) as far as the lines recorded so far make it: the months it will cover and its KPI per
/// category. Purchases still to come can only add to it; months leaving the window take theirs away.
/// </summary>
public sealed record KpiForecast(DateOnly PublishedOn, MonthRange Coverage, IReadOnlyDictionary<string, decimal> KpiByCategory)
{
    public decimal Of(string category) => KpiByCategory.TryGetValue(category, out var value) ? value : 0m;
}

/// <summary>The KPI report as published on a date, with its totals, thresholds and forecast (R-KPI-6..8).</summary>
public sealed record KpiDashboard(
    PartnerContext Partner,
    DateOnly AsOf,
    DateOnly PublishedOn,
    MonthRange Report,
    MonthRange Eligibility,
    string? ProgramYear,
    IReadOnlyList<KpiMonth> Months,
    IReadOnlyList<MonthlyTypeKpi> Rows,
    IReadOnlyList<KpiCategoryTotal> Totals,
    IReadOnlyList<KpiThresholdRow> Thresholds,
    KpiDifference? Difference,
    IReadOnlyList<KpiForecast> Forecasts)
{
    public string CategoryName(string code) => Totals.FirstOrDefault(t => t.Code == code)?.Name ?? code;
}

/// <summary>
/// One recorded line of a month, with why it does or does not count in the report as of the date, and how its KPI value was
/// worked out (null when it has none, or the program year's rule no longer gives the recorded value).
/// </summary>
public sealed record KpiLineRow(DateOnly InvoiceDate, string InvoiceNumber, int LineNumber, string OmlpType, int Units, decimal? KpiValue,
    Money Revenue, string Source, ReportStanding Standing, bool CountsForEligibility, KpiWorking? Working = null);

/// <summary>A held invoice of the month that does not count (yet): awaiting verification or refused.</summary>
public sealed record KpiHeldRow(DateOnly InvoiceDate, string InvoiceNumber, int LineNumber, string OmlpType, int Units, HeldInvoiceStatus Status,
    string? RefusalReason);

/// <summary>A month's recorded lines as of a date, each with why it counts or not, and its held invoices that do not count (yet).</summary>
public sealed record KpiMonthLines(PartnerContext Partner, DateOnly AsOf, DateOnly Month, DateOnly PublishedOn,
    MonthRange Report, DateOnly VisibleFrom, int TotalLines, IReadOnlyList<KpiLineRow> Lines, IReadOnlyList<KpiHeldRow> Held)
{
    /// <summary>At most this many lines are listed; the month's totals count them all.</summary>
    public const int ShownLines = 1000;
}
