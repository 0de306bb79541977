using System.Globalization;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Discrepancies;
using LearningPartner.Infrastructure.Imports;

namespace LearningPartner.Web.Features.DiscrepancyCases;

/// <summary>How a case form's month and year are read, and the claim they make once valid.</summary>
public static class CaseFields
{
    public static bool TryMonth(string? value, out int month) =>
        int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out month) && month is >= 1 and <= 12;

    public static bool TryYear(string? value, out int year)
    {
        year = 0;
        return value?.Trim() is { Length: 4 } text && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year);
    }

    /// <summary>The first day of the claimed month, when both month and year are readable.</summary>
    public static bool TryMonthStart(CaseInput input, out DateOnly monthStart)
    {
        monthStart = default;
        if (!TryMonth(input.Month, out var month) || !TryYear(input.Year, out var year) || year < 1)
        {
            return false;
        }

        monthStart = new DateOnly(year, month, 1);
        return true;
    }

    /// <summary>The claim of a validated input.</summary>
    public static DiscrepancyClaim ClaimOf(CaseInput input)
    {
        TryMonth(input.Month, out var month);
        TryYear(input.Year, out var year);
        InvoiceFieldFormat.TryUnits(input.UnitsPurchased, out var units);
        InvoiceFieldFormat.TryKpiValue(input.KpiValue, out var kpi);
        InvoiceFieldFormat.TryRevenue(input.RevenueValue, out var revenue);
        return new DiscrepancyClaim(month, year, input.OmlpType!.Trim(), units, input.InvoiceNumber!.Trim(), kpi,
            new Money(revenue, input.Currency!.Trim().ToUpperInvariant()));
    }
}
