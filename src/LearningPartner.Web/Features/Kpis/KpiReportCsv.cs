using LearningPartner.Application.Kpis;
using LearningPartner.Domain.Kpis;
using LearningPartner.Web.Features.Common;

namespace LearningPartner.Web.Features.Kpis;

/// <summary>
/// The dashboard's report as CSV: what the page shows (the months by OMLP type, then the totals per KPI category), and a
/// month's lines as the drill-down shows them — written by <see cref="CsvFile"/>, so no cell can act as a formula. Without
/// <c>withRevenue</c> (a report viewer, R-ROLE-5) the revenue and currency columns are left out altogether.
/// </summary>
public static class KpiReportCsv
{
    public static byte[] Write(KpiDashboard model, bool withRevenue) => CsvFile.Write(csv =>
    {
        csv.Headings("PartnerId", "Partner", "PublishedOn", "ReportFrom", "ReportTo");
        csv.Text(model.Partner.PartnerId).Text(model.Partner.Name).Date(model.PublishedOn).Month(model.Report.FirstMonth)
            .Month(model.Report.LastMonth).EndRow();
        csv.EndRow();
        csv.Headings(["Year", "Month", "OmlpType", "KpiCategory", "Lines", "Units", "KpiValue", .. Revenue(withRevenue)]);
        foreach (var row in model.Rows)
        {
            csv.Number(row.Year).Number(row.Month, "00").Text(row.OmlpType).Text(row.KpiCategory).Number(row.Lines).Number(row.Units)
                .Number(row.Kpi);
            if (withRevenue)
            {
                csv.Number(row.Revenue).Text(row.Currency);
            }

            csv.EndRow();
        }

        csv.EndRow();
        csv.Headings("KpiCategory", "Name", "InReport", "ForEligibility");
        foreach (var total in model.Totals)
        {
            csv.Text(total.Code).Text(total.Name).Number(total.InReport).Number(total.ForEligibility).EndRow();
        }
    });

    /// <summary>A month's invoice lines as the drill-down shows them (R-KPI-8 fields), with why each counts or not.</summary>
    public static byte[] WriteMonth(KpiMonthLines model, bool withRevenue) => CsvFile.Write(csv =>
    {
        csv.Headings(["Year", "Month", "InvoiceDate", "InvoiceNumber", "LineNumber", "OmlpType", "Units", "KpiValue", .. Revenue(withRevenue),
            "Standing", "CountsForEligibility"]);
        foreach (var line in model.Lines)
        {
            csv.Number(line.InvoiceDate.Year).Number(line.InvoiceDate.Month, "00").Date(line.InvoiceDate).Text(line.InvoiceNumber)
                .Number(line.LineNumber).Text(line.OmlpType).Number(line.Units).Number(line.KpiValue);
            if (withRevenue)
            {
                csv.Number(line.Revenue.Amount).Text(line.Revenue.Currency);
            }

            csv.Text(line.Standing.ToString()).Text(line.CountsForEligibility ? "yes" : "no").EndRow();
        }

        foreach (var held in model.Held)
        {
            csv.Number(held.InvoiceDate.Year).Number(held.InvoiceDate.Month, "00").Date(held.InvoiceDate).Text(held.InvoiceNumber)
                .Number(held.LineNumber).Text(held.OmlpType).Number(held.Units).Empty();
            if (withRevenue)
            {
                csv.Empty().Empty();
            }

            csv.Text(held.Status == HeldInvoiceStatus.Refused ? "HeldInvoiceRefused" : "HeldInvoiceAwaitingVerification").Text("no").EndRow();
        }
    });

    private static string[] Revenue(bool withRevenue) => withRevenue ? ["Revenue", "Currency"] : [];
}
