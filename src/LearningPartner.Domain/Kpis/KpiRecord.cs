namespace LearningPartner.Domain.Kpis;

/// <summary>What eligibility needs of an invoice line: its date, KPI category and fixed KPI value (R-KPI-2).</summary>
public readonly record struct KpiRecord(DateOnly InvoiceDate, string KpiCategory, decimal KpiValue);
