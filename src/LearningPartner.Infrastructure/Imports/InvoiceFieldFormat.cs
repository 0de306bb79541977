using System.Globalization;

namespace LearningPartner.Infrastructure.Imports;

/// <summary>
/// How an invoice line's numbers are written, wherever a person or a file types them (the marketplace CSV and the
/// held-invoice form alike, docs/invoice-import.md): invariant digits, a decimal point, nothing negative.
/// </summary>
public static class InvoiceFieldFormat
{
    /// <summary>R-KPI-4: line numbers start at 1.</summary>
    public static bool TryLineNumber(string? value, out int lineNumber) =>
        int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out lineNumber) && lineNumber >= 1;

    /// <summary>Units purchased: a whole number of 0 or more (0 for a credited line).</summary>
    public static bool TryUnits(string? value, out int units) =>
        int.TryParse(value?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out units) && units >= 0;

    /// <summary>Revenue: 0 or more (digital MOC sold at 0), with a decimal point and at most 4 decimals (ADR-004's scale).</summary>
    public static bool TryRevenue(string? value, out decimal revenue) =>
        decimal.TryParse(value?.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out revenue)
        && revenue >= 0 && decimal.Round(revenue, 4) == revenue;

    /// <summary>A KPI value as a partner states it on a discrepancy case (R-DSC-1): the same format as revenue.</summary>
    public static bool TryKpiValue(string? value, out decimal kpiValue) => TryRevenue(value, out kpiValue);
}
