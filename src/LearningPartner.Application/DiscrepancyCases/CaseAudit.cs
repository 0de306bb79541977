using LearningPartner.Domain.Discrepancies;
using LearningPartner.Domain.Kpis;

namespace LearningPartner.Application.DiscrepancyCases;

/// <summary>A claim as the audit trail records it (R-DSC-1).</summary>
internal sealed record ClaimValues(int Month, int Year, string OmlpType, int UnitsPurchased, string InvoiceNumber, decimal KpiValue,
    string RevenueValue, string? Evidence)
{
    public static ClaimValues Of(DiscrepancyClaim claim, string? evidence) => new(claim.Month, claim.Year, claim.OmlpType, claim.UnitsPurchased,
        claim.InvoiceNumber, claim.KpiValue, claim.RevenueValue.ToString(), evidence);
}

/// <summary>A KPI record as the audit trail records it, before → after a correction (R-DSC-2).</summary>
internal sealed record KpiRecordValues(long Id, string InvoiceNumber, int LineNumber, string InvoiceDate, string OmlpType, int Units,
    decimal? KpiValue, string? KpiCategory, string Revenue, string Source)
{
    public static KpiRecordValues Of(InvoiceLine line) => new(line.Id, line.InvoiceNumber, line.LineNumber,
        line.InvoiceDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), line.OmlpType, line.Units, line.KpiValue,
        line.KpiCategory, line.Revenue.ToString(), line.Source);
}

/// <summary>A case's status (and who has it) before → after, with what a correction changed (R-DSC-2).</summary>
internal sealed record CaseStatusValues(string Status, string? AssignedTo = null, string? Document = null, long? CorrectedLineId = null,
    long? SupersededLineId = null, decimal? KpiChange = null);
