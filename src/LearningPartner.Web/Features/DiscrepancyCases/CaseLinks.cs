using System.Globalization;
using LearningPartner.Domain.Common;

namespace LearningPartner.Web.Features.DiscrepancyCases;

/// <summary>"Report a discrepancy" from a dashboard row: the case form pre-filled with the row's fields (R-DSC-1, R-KPI-8).</summary>
public static class CaseLinks
{
    /// <summary>The new-case form's route values (<c>asp-all-route-data</c>): the partner, and each field the row gives.</summary>
    public static Dictionary<string, string> Prefilled(string partnerId, int year, int month, string omlpType, int units, decimal? kpiValue,
        Money revenue, string? invoiceNumber = null)
    {
        var fields = new List<(string Name, string? Value)>
        {
            ("partnerId", partnerId),
            (nameof(CaseInput.Month), month.ToString(CultureInfo.InvariantCulture)),
            (nameof(CaseInput.Year), year.ToString(CultureInfo.InvariantCulture)),
            (nameof(CaseInput.OmlpType), omlpType),
            (nameof(CaseInput.UnitsPurchased), units.ToString(CultureInfo.InvariantCulture)),
            (nameof(CaseInput.InvoiceNumber), invoiceNumber),
            (nameof(CaseInput.KpiValue), kpiValue?.ToString("0.####", CultureInfo.InvariantCulture)),
            (nameof(CaseInput.RevenueValue), revenue.Amount.ToString("0.00##", CultureInfo.InvariantCulture)),
            (nameof(CaseInput.Currency), revenue.Currency),
        };
        return fields.Where(f => f.Value is not null).ToDictionary(f => f.Name, f => f.Value!);
    }
}
