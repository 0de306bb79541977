using LearningPartner.Application.Imports;
using LearningPartner.Domain.Kpis;
using LearningPartner.Web.Features.Common;

namespace LearningPartner.Web.Features.Imports;

/// <summary>
/// The rejected and conflicting rows of an import as CSV, written by <see cref="CsvFile"/>: no cell can act as a formula.
/// Issue 20.5: each row carries its nine cells as the file wrote them, under the export's own column names, plus its line,
/// outcome and reason — so the file can be corrected and imported again (the extra columns are ignored on import).
/// </summary>
public static class ProblemRowsCsv
{
    public static byte[] Write(IEnumerable<ImportRowModel> rows) => CsvFile.Write(csv =>
    {
        csv.Headings("Line", "Outcome", "PartnerId", "DocumentType", "InvoiceNumber", "LineNumber", "InvoiceDate", "OmlpType", "Units", "Revenue",
            "Currency", "Reason");
        foreach (var row in rows.Where(r => r.Outcome is ImportRowOutcome.Conflict or ImportRowOutcome.Rejected))
        {
            csv.Number(row.FileLine).Text(row.Outcome.ToString());
            if (row.Cells is { } cells)
            {
                foreach (var cell in cells.InColumnOrder())
                {
                    csv.Text(cell);
                }
            }
            else
            {
                // A row previewed before the cells were kept: the values read from it, as far as they were readable.
                csv.Text(row.PartnerId).Text(row.PartnerId is null ? null : "Invoice").Text(row.InvoiceNumber).Number(row.LineNumber)
                    .Date(row.InvoiceDate).Text(row.OmlpType).Number(row.Units).Number(row.RevenueAmount).Text(row.RevenueCurrency);
            }

            csv.Text(row.Reason).EndRow();
        }
    });
}
