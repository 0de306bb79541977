namespace LearningPartner.Application.Kpis;

/// <summary>
/// R-KPI-2: why a recorded line earns its KPI — its units × the weight of its OMLP type in the invoice date's program year, in
/// that type's KPI category (issue 24: the drill-down says so, line by line, naming the type and the category in the reader's
/// language).
/// </summary>
public sealed record KpiWorking(decimal Weight, string ProgramYear, string KpiCategory);
