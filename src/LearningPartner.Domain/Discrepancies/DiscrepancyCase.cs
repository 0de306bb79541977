using LearningPartner.Domain.Common;

namespace LearningPartner.Domain.Discrepancies;

/// <summary>
/// A partner's report that its KPIs differ from its dashboard, or that an invoice is missing (R-DSC-1).
/// Carries exactly the dashboard's fields (R-KPI-8).
/// </summary>
public sealed class DiscrepancyCase : IVersioned
{
    private DiscrepancyCase()
    {
        OmlpType = string.Empty;
        InvoiceNumber = string.Empty;
        RevenueValue = Money.Zero("USD");
        Description = string.Empty;
        SubmittedBy = string.Empty;
    }

    public DiscrepancyCase(int partnerOrganisationId, int month, int year, string omlpType, int unitsPurchased,
        string invoiceNumber, decimal kpiValue, Money revenueValue, string description, string submittedBy,
        DateTimeOffset submittedAt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        ArgumentOutOfRangeException.ThrowIfNegative(unitsPurchased);

        PartnerOrganisationId = partnerOrganisationId;
        Month = month;
        Year = year;
        OmlpType = Guard.Text(omlpType, 32, nameof(omlpType));
        UnitsPurchased = unitsPurchased;
        InvoiceNumber = Guard.Text(invoiceNumber, 40, nameof(invoiceNumber));
        KpiValue = kpiValue;
        RevenueValue = revenueValue;
        Description = Guard.Text(description, 4000, nameof(description));
        SubmittedBy = Guard.Text(submittedBy, 200, nameof(submittedBy));
        SubmittedAt = submittedAt;
        Status = DiscrepancyStatus.Submitted;
    }

    public int Id { get; private set; }

    public int PartnerOrganisationId { get; private set; }

    public int Month { get; private set; }

    public int Year { get; private set; }

    public string OmlpType { get; private set; }

    public int UnitsPurchased { get; private set; }

    public string InvoiceNumber { get; private set; }

    public decimal KpiValue { get; private set; }

    public Money RevenueValue { get; private set; }

    public string Description { get; private set; }

    public string SubmittedBy { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public DiscrepancyStatus Status { get; private set; }

    public string? AssignedTo { get; private set; }

    /// <summary>The reply the partner sees (R-DSC-2).</summary>
    public string? Resolution { get; private set; }

    public Guid Version { get; set; }
}
