using System.Text.Json.Serialization;
using LearningPartner.Application.Kpis;
using LearningPartner.Domain.Kpis;

namespace LearningPartner.Web.Features.PartnerApi;

/// <summary>Months as "yyyy-MM", first and last inclusive.</summary>
public sealed record MonthWindowDto(string From, string To)
{
    public static MonthWindowDto Of(MonthRange range) => new(Month(range.FirstMonth), Month(range.LastMonth));

    public static string Month(DateOnly month) => month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record MoneyDto(decimal Amount, string Currency);

/// <param name="Revenue">Left out for a report viewer (R-ROLE-5).</param>
public sealed record KpiReportRowDto(string OmlpType, string KpiCategory, int Lines, int Units, decimal Kpi,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] MoneyDto? Revenue);

public sealed record KpiReportMonthDto(string Month, int Year, int MonthNumber, decimal Kpi, IReadOnlyList<KpiReportRowDto> Rows);

public sealed record KpiCategoryTotalDto(string Category, string Name, decimal InReport, decimal ForEligibility);

public sealed record KpiDifferenceDto(string NotYetPublishedMonth, int NotYetPublishedLines, decimal NotYetPublishedKpi, DateOnly NextPublication,
    string StillReportedMonth, decimal StillReportedKpi);

/// <summary>A coming report from the lines recorded so far (the dashboard's forecast).</summary>
public sealed record KpiForecastDto(DateOnly PublishedOn, MonthWindowDto Window, IReadOnlyDictionary<string, decimal> KpiByCategory);

/// <summary>GET /api/v1/partners/{partnerId}/kpi-report: the report as published on a date (R-KPI-6..8), as the dashboard shows it.</summary>
public sealed record KpiReportDto(
    string PartnerId,
    DateOnly AsOf,
    DateOnly PublishedOn,
    MonthWindowDto Window,
    MonthWindowDto EligibilityWindow,
    IReadOnlyList<KpiReportMonthDto> Months,
    IReadOnlyList<KpiCategoryTotalDto> Totals,
    KpiDifferenceDto? NotYetPublished,
    IReadOnlyList<KpiForecastDto> ComingReports)
{
    /// <param name="model">The dashboard.</param>
    /// <param name="withRevenue">False for a report viewer (R-ROLE-5): no revenue value in the answer.</param>
    public static KpiReportDto From(KpiDashboard model, bool withRevenue) => new(
        model.Partner.PartnerId,
        model.AsOf,
        model.PublishedOn,
        MonthWindowDto.Of(model.Report),
        MonthWindowDto.Of(model.Eligibility),
        model.Months.Select(m => new KpiReportMonthDto(MonthWindowDto.Month(m.Month), m.Month.Year, m.Month.Month, m.Kpi,
            model.Rows.Where(r => r.MonthStart == m.Month)
                .Select(r => new KpiReportRowDto(r.OmlpType, r.KpiCategory, r.Lines, r.Units, r.Kpi,
                    withRevenue ? new MoneyDto(r.Revenue, r.Currency) : null)).ToList()))
            .ToList(),
        model.Totals.Select(t => new KpiCategoryTotalDto(t.Code, t.Name, t.InReport, t.ForEligibility)).ToList(),
        model.Difference is { } d
            ? new KpiDifferenceDto(MonthWindowDto.Month(d.NotYetPublishedMonth), d.NotYetPublishedLines, d.NotYetPublishedKpi, d.NextPublication,
                MonthWindowDto.Month(d.StillReportedMonth), d.StillReportedKpi)
            : null,
        model.Forecasts.Select(f => new KpiForecastDto(f.PublishedOn, MonthWindowDto.Of(f.Coverage), f.KpiByCategory)).ToList());
}
