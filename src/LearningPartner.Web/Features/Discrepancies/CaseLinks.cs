using System.Globalization;
using LearningPartner.Domain.Common;

namespace LearningPartner.Web.Features.Discrepancies;

/// <summary>"Report a discrepancy" from a dashboard row: the case form pre-filled with the row's fields (R-DSC-1, R-KPI-8).</summary>
public static class CaseLinks
{
    public static string Prefilled(string partnerId, int year, int month, string omlpType, int units, decimal? kpiValue, Money revenue,
        string? invoiceNumber = null)
    {
        var fields = new List<(string Name, string? Value)>
        {
            (nameof(CaseInput.Month), month.ToString(CultureInfo.InvariantCulture)),
            (nameof(CaseInput.Year), year.ToString(CultureInfo.InvariantCulture)),
            (nameof(CaseInput.OmlpType), omlpType),
            (nameof(CaseInput.UnitsPurchased), units.ToString(CultureInfo.InvariantCulture)),
            (nameof(CaseInput.InvoiceNumber), invoiceNumber),
            (nameof(CaseInput.KpiValue), kpiValue?.ToString("0.####", CultureInfo.InvariantCulture)),
            (nameof(CaseInput.RevenueValue), revenue.Amount.ToString("0.00##", CultureInfo.InvariantCulture)),
            (nameof(CaseInput.Currency), revenue.Currency),
        };
        return $"/partners/{Uri.EscapeDataString(partnerId)}/cases/new?"
               + string.Join("&", fields.Where(f => f.Value is not null).Select(f => $"{f.Name}={Uri.EscapeDataString(f.Value!)}"));
    }
}
