namespace LearningPartner.Domain.Kpis;

/// <summary>
/// Where an invoice dated in a month counts (R-KPI-6, R-KPI-7): the published reports that show it and the evaluation
/// dates whose eligibility window holds it. Support reads it on a discrepancy case's trace.
/// </summary>
public sealed record InvoiceMonthReach(DateOnly Month, DateOnly FirstReport, DateOnly LastReport, DateOnly EligibleFrom, DateOnly EligibleUntil)
{
    /// <summary>
    /// Month M is shown by the reports published on the 15th of M+1 … M+12 (R-KPI-6) and counts for evaluation dates in
    /// months M+1 … M+12 (R-KPI-7): e.g. 2026-03 → reports 2026-04-15 … 2027-03-15, evaluations 2026-04-01 … 2027-03-31.
    /// </summary>
    public static InvoiceMonthReach Of(DateOnly anyDayOfMonth)
    {
        var month = new DateOnly(anyDayOfMonth.Year, anyDayOfMonth.Month, 1);
        var firstReport = KpiWindows.VisibleFrom(month);
        return new InvoiceMonthReach(month, firstReport, firstReport.AddMonths(11), month.AddMonths(1), month.AddMonths(13).AddDays(-1));
    }

    public bool InReportOn(DateOnly date) => KpiWindows.IsInReport(Month, date);

    public bool CountsForEligibilityOn(DateOnly evaluationDate) => KpiWindows.EligibilityWindow(evaluationDate).Contains(Month);
}
