namespace LearningPartner.Domain.Discrepancies;

/// <summary>Which fields of a recorded KPI line agree with a partner's claim (R-KPI-8, R-DSC-2).</summary>
public sealed record ClaimComparison(bool Month, bool OmlpType, bool Units, bool InvoiceNumber, bool KpiValue, bool Revenue)
{
    public bool AllAgree => Month && OmlpType && Units && InvoiceNumber && KpiValue && Revenue;
}
