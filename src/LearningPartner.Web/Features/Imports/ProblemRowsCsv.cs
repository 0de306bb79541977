using LearningPartner.Application.Imports;
using LearningPartner.Domain.Kpis;
using LearningPartner.Web.Features.Common;

namespace LearningPartner.Web.Features.Imports;

/// <summary>The rejected and conflicting rows of an import as CSV, written by <see cref="CsvFile"/>: no cell can act as a formula.</summary>
public static class ProblemRowsCsv
{
    public static byte[] Write(IEnumerable<ImportRowModel> rows) => CsvFile.Write(csv =>
    {
        csv.Headings("Line", "Outcome", "PartnerId", "InvoiceNumber", "LineNumber", "InvoiceDate", "OmlpType", "Units", "Revenue", "Currency", "Reason");
        foreach (var row in rows.Where(r => r.Outcome is ImportRowOutcome.Conflict or ImportRowOutcome.Rejected))
        {
            csv.Number(row.FileLine).Text(row.Outcome.ToString()).Text(row.PartnerId).Text(row.InvoiceNumber).Number(row.LineNumber)
                .Date(row.InvoiceDate).Text(row.OmlpType).Number(row.Units).Number(row.RevenueAmount).Text(row.RevenueCurrency).Text(row.Reason)
                .EndRow();
        }
    });
}
