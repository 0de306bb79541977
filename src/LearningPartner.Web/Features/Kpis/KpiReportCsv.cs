using System.Globalization;
using System.Text;
using CsvHelper;
using LearningPartner.Application.Kpis;
using LearningPartner.Infrastructure.Imports;

namespace LearningPartner.Web.Features.Kpis;

/// <summary>
/// The dashboard's report as CSV: what the page shows (the months by OMLP type, then the totals per KPI category),
/// with every text cell a spreadsheet would read as a formula escaped (<see cref="SpreadsheetFormula"/>).
/// </summary>
public static class KpiReportCsv
{
    public static byte[] Write(KpiDashboard model)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            Row(csv, "PartnerId", "Partner", "PublishedOn", "ReportFrom", "ReportTo");
            Row(csv, Safe(model.Partner.PartnerId), Safe(model.Partner.Name), Date(model.PublishedOn), Month(model.Report.FirstMonth), Month(model.Report.LastMonth));
            csv.NextRecord();
            Row(csv, "Year", "Month", "OmlpType", "KpiCategory", "Lines", "Units", "KpiValue", "Revenue", "Currency");
            foreach (var row in model.Rows)
            {
                Row(csv, Number(row.Year), row.Month.ToString("00", CultureInfo.InvariantCulture), Safe(row.OmlpType), Safe(row.KpiCategory),
                    Number(row.Lines), Number(row.Units), Number(row.Kpi), Number(row.Revenue), Safe(row.Currency));
            }

            csv.NextRecord();
            Row(csv, "KpiCategory", "Name", "InReport", "ForEligibility");
            foreach (var total in model.Totals)
            {
                Row(csv, Safe(total.Code), Safe(total.Name), Number(total.InReport), Number(total.ForEligibility));
            }
        }

        return Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
    }

    /// <summary>A month's invoice lines as the drill-down shows them (R-KPI-8 fields), with why each counts or not.</summary>
    public static byte[] WriteMonth(KpiMonthLines model)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            Row(csv, "Year", "Month", "InvoiceDate", "InvoiceNumber", "LineNumber", "OmlpType", "Units", "KpiValue", "Revenue", "Currency", "Standing",
                "CountsForEligibility");
            foreach (var line in model.Lines)
            {
                Row(csv, Number(line.InvoiceDate.Year), line.InvoiceDate.Month.ToString("00", CultureInfo.InvariantCulture), Date(line.InvoiceDate),
                    Safe(line.InvoiceNumber), Number(line.LineNumber), Safe(line.OmlpType), Number(line.Units),
                    line.KpiValue is { } kpi ? Number(kpi) : string.Empty, Number(line.Revenue.Amount), Safe(line.Revenue.Currency),
                    line.Standing.ToString(), line.CountsForEligibility ? "yes" : "no");
            }

            foreach (var held in model.Held)
            {
                Row(csv, Number(held.InvoiceDate.Year), held.InvoiceDate.Month.ToString("00", CultureInfo.InvariantCulture), Date(held.InvoiceDate),
                    Safe(held.InvoiceNumber), Number(held.LineNumber), Safe(held.OmlpType), Number(held.Units), string.Empty, string.Empty,
                    string.Empty, held.Status == Domain.Kpis.HeldInvoiceStatus.Refused ? "HeldInvoiceRefused" : "HeldInvoiceAwaitingVerification", "no");
            }
        }

        return Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
    }

    private static void Row(CsvWriter csv, params string[] fields)
    {
        foreach (var field in fields)
        {
            csv.WriteField(field);
        }

        csv.NextRecord();
    }

    private static string Safe(string value) => SpreadsheetFormula.Escape(value) ?? string.Empty;

    private static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
