using System.Globalization;

namespace LearningPartner.Web.Features.HeldInvoices;

/// <summary>The typed values of a validated <see cref="HeldInvoiceInput"/>; the same number formats as the CSV import.</summary>
public static class HeldInvoiceFields
{
    public const string Invoice = "Invoice";
    public const string OrderConfirmation = "OrderConfirmation";
    public const string PartnerStatement = "PartnerStatement";

    public static bool TryLineNumber(string? value, out int lineNumber) =>
        int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out lineNumber) && lineNumber >= 1;

    public static bool TryUnits(string? value, out int units) =>
        int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out units);

    public static bool TryRevenue(string? value, out decimal revenue) =>
        decimal.TryParse(value?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out revenue)
        && decimal.Round(revenue, 4) == revenue;
}
