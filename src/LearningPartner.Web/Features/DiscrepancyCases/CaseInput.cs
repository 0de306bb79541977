namespace LearningPartner.Web.Features.DiscrepancyCases;

/// <summary>
/// A KPI discrepancy case as typed by a partner admin (R-DSC-1): the dashboard's fields (R-KPI-8), a description and the
/// optional invoice as evidence (R-DSC-3). Everything is text, so every mistake gets its own message.
/// </summary>
public sealed class CaseInput
{
    public string? Month { get; set; }

    public string? Year { get; set; }

    public string? OmlpType { get; set; }

    public string? UnitsPurchased { get; set; }

    public string? InvoiceNumber { get; set; }

    public string? KpiValue { get; set; }

    public string? RevenueValue { get; set; }

    public string? Currency { get; set; }

    public string? Description { get; set; }

    /// <summary>What the attached evidence is: only "Invoice" is accepted (R-DSC-3). Read only when a file is attached.</summary>
    public string? EvidenceType { get; set; }

    public IFormFile? Evidence { get; set; }
}
