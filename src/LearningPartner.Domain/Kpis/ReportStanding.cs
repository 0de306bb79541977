namespace LearningPartner.Domain.Kpis;

/// <summary>Why a recorded invoice line is, or is not, in the KPI report as of a date (R-KPI-6, R-KPI-7).</summary>
public enum ReportStanding
{
    /// <summary>In the months of the latest report published on or before the date.</summary>
    InReport = 1,

    /// <summary>Recorded, but dated after the report's months: visible from the 15th of the month after its date.</summary>
    NotYetPublished = 2,

    /// <summary>Dated before the report's 12 months.</summary>
    BeforeWindow = 3,
}
