using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Programs;

namespace LearningPartner.Infrastructure.Imports;

/// <summary>
/// Reads a Courseware Marketplace invoice export (docs/invoice-import.md) with a real CSV parser. Bad files get a
/// clear message, never an exception; each bad row gets its line number and reason. Only actual invoices are
/// accepted (R-KPI-3); every date must have a program-year rule set and every OMLP type must be one of its types.
/// </summary>
public static class MarketplaceInvoiceCsv
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public static readonly string[] Columns =
        ["PartnerId", "DocumentType", "InvoiceNumber", "LineNumber", "InvoiceDate", "OmlpType", "Units", "Revenue", "Currency"];

    private static readonly string[] NotInvoices = ["OrderConfirmation", "PartnerStatement"];

    public static InvoiceFileParse Parse(byte[] content, RuleSetCatalog catalog)
    {
        if (content.Length == 0)
        {
            return InvoiceFileParse.Refused("The file is empty.");
        }

        if (content.Length > MaxBytes)
        {
            return InvoiceFileParse.Refused($"The file is larger than {MaxBytes / (1024 * 1024)} MB.");
        }

        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return InvoiceFileParse.Refused("The file is not UTF-8 text. Export it as CSV UTF-8.");
        }

        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = false,
            BadDataFound = null,
            MissingFieldFound = null,
            TrimOptions = TrimOptions.Trim,
        };
        using var reader = new CsvReader(new StringReader(text), configuration);
        try
        {
            if (!reader.Read() || !reader.ReadHeader() || reader.HeaderRecord is not { } header)
            {
                return InvoiceFileParse.Refused("The file has no header row.");
            }

            var missing = Columns.Where(c => !header.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
            var unknown = header.Where(h => !Columns.Contains(h, StringComparer.OrdinalIgnoreCase)).ToList();
            if (missing.Count > 0 || unknown.Count > 0)
            {
                return InvoiceFileParse.Refused(
                    (missing.Count > 0 ? $"Missing columns: {string.Join(", ", missing)}. " : string.Empty)
                    + (unknown.Count > 0 ? $"Unknown columns: {string.Join(", ", unknown)}. " : string.Empty)
                    + $"Expected: {string.Join(", ", Columns)}.");
            }

            var accepted = new List<InvoiceRow>();
            var rejected = new List<RejectedRow>();
            while (reader.Read())
            {
                var line = reader.Parser.RawRow;
                var (row, reason) = ParseRow(reader, line, catalog);
                if (row is not null)
                {
                    accepted.Add(row);
                }
                else
                {
                    rejected.Add(new RejectedRow(line, reason!));
                }
            }

            return accepted.Count + rejected.Count == 0
                ? InvoiceFileParse.Refused("The file has a header but no rows.")
                : new InvoiceFileParse(null, accepted, rejected);
        }
        catch (CsvHelperException e)
        {
            return InvoiceFileParse.Refused($"The file is not valid CSV near line {e.Context?.Parser?.RawRow}: check quotes and separators.");
        }
    }

    private static (InvoiceRow? Row, string? Reason) ParseRow(CsvReader reader, int line, RuleSetCatalog catalog)
    {
        string Field(string name) => reader.GetField(name) ?? string.Empty;

        if (reader.Parser.Count != reader.HeaderRecord!.Length)
        {
            // A stray separator shifts every later field: refuse the row rather than guess.
            return (null, $"The row has {reader.Parser.Count} fields; the header has {reader.HeaderRecord.Length}.");
        }

        var values = Columns.ToDictionary(c => c, Field);
        if (values.Values.FirstOrDefault(SpreadsheetFormula.StartsOne) is { } formula)
        {
            return (null, $"A field starts with a spreadsheet formula character ({formula[0]}); formulas are not accepted.");
        }

        if (values.Values.Any(v => v.Length == 0))
        {
            return (null, $"Empty field: {string.Join(", ", values.Where(v => v.Value.Length == 0).Select(v => v.Key))}.");
        }

        var documentType = values["DocumentType"];
        if (NotInvoices.Contains(documentType, StringComparer.OrdinalIgnoreCase))
        {
            return (null, $"{documentType} is not an invoice: only actual invoices count as KPI (R-KPI-3).");
        }

        if (!string.Equals(documentType, "Invoice", StringComparison.OrdinalIgnoreCase))
        {
            return (null, $"Unknown document type '{documentType}'; expected Invoice.");
        }

        if (values["PartnerId"].Length > 20 || values["InvoiceNumber"].Length > 40)
        {
            return (null, "The partner id (20) or invoice number (40 characters) is too long.");
        }

        if (!InvoiceFieldFormat.TryLineNumber(values["LineNumber"], out var lineNumber))
        {
            return (null, $"Line number '{values["LineNumber"]}' is not a whole number from 1.");
        }

        if (!DateOnly.TryParseExact(values["InvoiceDate"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (null, $"Invoice date '{values["InvoiceDate"]}' is not a date as YYYY-MM-DD.");
        }

        if (!InvoiceFieldFormat.TryUnits(values["Units"], out var units))
        {
            return (null, $"Units '{values["Units"]}' must be a whole number of 0 or more.");
        }

        if (!InvoiceFieldFormat.TryRevenue(values["Revenue"], out var revenue))
        {
            return (null, $"Revenue '{values["Revenue"]}' must be an amount of 0 or more, with a decimal point.");
        }

        if (!CurrencyCodes.IsWellFormed(values["Currency"]))
        {
            return (null, $"Currency '{values["Currency"]}' is not a three-letter ISO code.");
        }

        // Issue 20.6: the code must be in ISO 4217 (ADR-011), not merely look like one.
        if (!CurrencyCodes.IsIso4217(values["Currency"]))
        {
            return (null, $"Currency '{values["Currency"]}' is not an ISO 4217 currency code.");
        }

        // R-PRG-1 and R-KPI-2: the KPI value comes from the invoice date's own program year.
        var ruleSet = catalog.Find(date);
        if (ruleSet is null)
        {
            return (null, $"No program-year rule set covers {date:yyyy-MM-dd} (program year {ProgramYear.NameOf(date)}).");
        }

        if (!ruleSet.OmlpTypes.ContainsKey(values["OmlpType"]))
        {
            return (null, $"Unknown OMLP type '{values["OmlpType"]}' in {ruleSet.ProgramYear}.");
        }

        return (new InvoiceRow(line, values["PartnerId"], values["InvoiceNumber"], lineNumber, date, values["OmlpType"], units,
            new Money(revenue, values["Currency"])), null);
    }
}
