namespace LearningPartner.Domain.Kpis;

/// <summary>The two month windows of the program: the published report and the eligibility window.</summary>
public static class KpiWindows
{
    /// <summary>R-KPI-6: the report is published on the 15th of each month.</summary>
    public const int PublicationDay = 15;

    /// <summary>
    /// R-KPI-7: eligibility is measured on the 12 complete calendar months before the month of the evaluation
    /// date (for a renewal, the AD): AD 2020-01-10 and AD 2020-01-20 both → 2019-01 … 2019-12.
    /// </summary>
    public static MonthRange EligibilityWindow(DateOnly evaluationDate) => MonthRange.TwelveMonthsBefore(evaluationDate);

    /// <summary>R-KPI-6: the report "as of" a date is the latest one published on or before it.</summary>
    public static DateOnly LatestPublication(DateOnly asOf)
    {
        var thisMonths = new DateOnly(asOf.Year, asOf.Month, PublicationDay);
        return asOf >= thisMonths ? thisMonths : thisMonths.AddMonths(-1);
    }

    /// <summary>R-KPI-6: the report published on the 15th of month M shows invoices dated in M-12 … M-1.</summary>
    public static MonthRange ReportCoverage(DateOnly publicationDate) => MonthRange.TwelveMonthsBefore(publicationDate);

    /// <summary>The months of the report as of a date (R-KPI-6): on 2020-01-15 → 2019-01 … 2019-12.</summary>
    public static MonthRange ReportAsOf(DateOnly asOf) => ReportCoverage(LatestPublication(asOf));

    /// <summary>R-KPI-6: an invoice dated in month M is visible from the 15th of month M+1.</summary>
    public static DateOnly VisibleFrom(DateOnly invoiceDate) =>
        new DateOnly(invoiceDate.Year, invoiceDate.Month, PublicationDay).AddMonths(1);

    /// <summary>Whether an invoice line is in the report as of a date (R-KPI-6).</summary>
    public static bool IsInReport(DateOnly invoiceDate, DateOnly asOf) => ReportAsOf(asOf).Contains(invoiceDate);

    /// <summary>Where a recorded line dated <paramref name="invoiceDate"/> stands in the report as of a date (R-KPI-6).</summary>
    public static ReportStanding StandingOf(DateOnly invoiceDate, DateOnly asOf)
    {
        var report = ReportAsOf(asOf);
        return report.Contains(invoiceDate) ? ReportStanding.InReport
            : invoiceDate >= report.To ? ReportStanding.NotYetPublished
            : ReportStanding.BeforeWindow;
    }
}
