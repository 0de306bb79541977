using LearningPartner.Domain.Discrepancies;
using LearningPartner.Domain.Kpis;

namespace LearningPartner.Web.Features.Discrepancies;

/// <summary>The values the audit trail records for a claim and a KPI record, before → after (R-DSC-2).</summary>
internal static class CaseAudit
{
    public static object Claim(DiscrepancyClaim claim, string? evidence) => new
    {
        claim.Month,
        claim.Year,
        claim.OmlpType,
        claim.UnitsPurchased,
        claim.InvoiceNumber,
        claim.KpiValue,
        RevenueValue = claim.RevenueValue.ToString(),
        Evidence = evidence,
    };

    public static object Record(InvoiceLine line) => new
    {
        line.Id,
        line.InvoiceNumber,
        line.LineNumber,
        InvoiceDate = line.InvoiceDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        line.OmlpType,
        line.Units,
        line.KpiValue,
        line.KpiCategory,
        Revenue = line.Revenue.ToString(),
        line.Source,
    };
}
