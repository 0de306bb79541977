namespace LearningPartner.Infrastructure.Kpis;

/// <summary>One month and OMLP type of a partner's recorded lines (R-KPI-8): lines, units, KPI and revenue (in one currency).</summary>
public sealed record MonthlyTypeKpi(int Year, int Month, string OmlpType, string KpiCategory, string Currency, int Lines, int Units, decimal Kpi,
    decimal Revenue)
{
    public DateOnly MonthStart => new(Year, Month, 1);
}
