using LearningPartner.Domain.Common;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Programs;

namespace LearningPartner.Domain.Discrepancies;

/// <summary>
/// What a partner says a KPI record should be: the dashboard's fields (R-KPI-8, R-DSC-1). Checked at the edge; the
/// constructor guards only what would make the claim meaningless.
/// </summary>
public sealed record DiscrepancyClaim
{
    public DiscrepancyClaim(int month, int year, string omlpType, int unitsPurchased, string invoiceNumber, decimal kpiValue, Money revenueValue)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(unitsPurchased);
        ArgumentOutOfRangeException.ThrowIfNegative(kpiValue);
        ArgumentOutOfRangeException.ThrowIfNegative(revenueValue.Amount, nameof(revenueValue));
        Month = month;
        Year = year;
        OmlpType = omlpType;
        UnitsPurchased = unitsPurchased;
        InvoiceNumber = invoiceNumber;
        KpiValue = kpiValue;
        RevenueValue = revenueValue;
    }

    public int Month { get; }

    public int Year { get; }

    public string OmlpType { get; }

    public int UnitsPurchased { get; }

    public string InvoiceNumber { get; }

    public decimal KpiValue { get; }

    public Money RevenueValue { get; }

    /// <summary>The first day of the claimed invoice month.</summary>
    public DateOnly MonthStart => new(Year, Month, 1);

    /// <summary>
    /// R-KPI-2: the KPI value the claimed units of the claimed type would earn in the month's program year, or null when
    /// no rule set covers the month or the year does not know the type.
    /// </summary>
    public decimal? KpiUnderTheRules(RuleSetCatalog catalog) =>
        catalog.Find(MonthStart) is { } rules && rules.OmlpTypes.TryGetValue(OmlpType, out var rule)
            ? KpiValuation.ValueOf(UnitsPurchased, rule)
            : null;

    /// <summary>How a recorded line compares with the claim, field by field (R-KPI-8).</summary>
    public ClaimComparison CompareWith(InvoiceLine line) => new(
        line.InvoiceDate.Year == Year && line.InvoiceDate.Month == Month,
        line.OmlpType == OmlpType,
        line.Units == UnitsPurchased,
        line.InvoiceNumber == InvoiceNumber,
        line.KpiValue == KpiValue,
        line.Revenue == RevenueValue);
}
