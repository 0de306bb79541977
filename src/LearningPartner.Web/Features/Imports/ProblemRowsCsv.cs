using System.Globalization;
using System.Text;
using CsvHelper;
using LearningPartner.Domain.Kpis;
using LearningPartner.Infrastructure.Imports;

namespace LearningPartner.Web.Features.Imports;

/// <summary>
/// The rejected and conflicting rows of an import as CSV. Every text cell that a spreadsheet would read as a
/// formula is escaped (<see cref="SpreadsheetFormula"/>).
/// </summary>
public static class ProblemRowsCsv
{
    public static byte[] Write(IEnumerable<LearningPartner.Application.Imports.ImportRowModel> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var header in new[] { "Line", "Outcome", "PartnerId", "InvoiceNumber", "LineNumber", "InvoiceDate", "OmlpType", "Units", "Revenue", "Currency", "Reason" })
            {
                csv.WriteField(header);
            }

            csv.NextRecord();
            foreach (var row in rows.Where(r => r.Outcome is ImportRowOutcome.Conflict or ImportRowOutcome.Rejected))
            {
                csv.WriteField(row.FileLine);
                csv.WriteField(row.Outcome.ToString());
                csv.WriteField(SpreadsheetFormula.Escape(row.PartnerId));
                csv.WriteField(SpreadsheetFormula.Escape(row.InvoiceNumber));
                csv.WriteField(row.LineNumber);
                csv.WriteField(row.InvoiceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                csv.WriteField(SpreadsheetFormula.Escape(row.OmlpType));
                csv.WriteField(row.Units);
                csv.WriteField(row.RevenueAmount);
                csv.WriteField(SpreadsheetFormula.Escape(row.RevenueCurrency));
                csv.WriteField(SpreadsheetFormula.Escape(row.Reason));
                csv.NextRecord();
            }
        }

        return Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
    }
}
