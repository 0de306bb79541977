namespace LearningPartner.Infrastructure.Kpis;

/// <summary>One month and KPI category of a partner's recorded lines.</summary>
public sealed record MonthlyKpi(int Year, int Month, string KpiCategory, int Lines, int Units, decimal Kpi);
