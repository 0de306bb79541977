using System.Globalization;
using System.Text;
using CsvHelper;
using LearningPartner.Domain.Kpis;

namespace LearningPartner.Web.Features.Imports;

/// <summary>
/// The rejected and conflicting rows of an import as CSV. Every text cell that a spreadsheet would read as a
/// formula is prefixed with an apostrophe (OWASP CSV injection).
/// </summary>
public static class ProblemRowsCsv
{
    public static byte[] Write(IEnumerable<ImportRowModel> rows)
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
                csv.WriteField(Safe(row.PartnerId));
                csv.WriteField(Safe(row.InvoiceNumber));
                csv.WriteField(row.LineNumber);
                csv.WriteField(row.InvoiceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                csv.WriteField(Safe(row.OmlpType));
                csv.WriteField(row.Units);
                csv.WriteField(row.RevenueAmount);
                csv.WriteField(Safe(row.RevenueCurrency));
                csv.WriteField(Safe(row.Reason));
                csv.NextRecord();
            }
        }

        return Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
    }

    public static string? Safe(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
