using System.Globalization;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Programs;

namespace LearningPartner.Infrastructure.Imports;

/// <summary>
/// Reads a Courseware Marketplace invoice export (docs/invoice-import.md). Bad files get a clear message, never an
/// exception; each bad row gets its line number and reason. Only actual invoices are accepted (R-KPI-3); every date must
/// have a program-year rule set and every OMLP type must be one of its types. Issue 20.5: column names in any case, other
/// columns ignored and listed, an invoice dated after today refused, a stray quote refusing the file where it opens.
/// </summary>
public static class MarketplaceInvoiceCsv
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public static readonly string[] Columns =
        ["PartnerId", "DocumentType", "InvoiceNumber", "LineNumber", "InvoiceDate", "OmlpType", "Units", "Revenue", "Currency"];

    private static readonly string[] NotInvoices = ["OrderConfirmation", "PartnerStatement"];

    /// <param name="today">Today in the program's time zone (R-DATE-1): a later invoice date is refused.</param>
    public static InvoiceFileParse Parse(byte[] content, RuleSetCatalog catalog, DateOnly today)
    {
        if (content.Length == 0)
        {
            return InvoiceFileParse.Refused("The file is empty.");
        }

        if (content.Length > MaxBytes)
        {
            return InvoiceFileParse.Refused($"The file is larger than {MaxBytes / (1024 * 1024)} MB.");
        }

        var (text, encodingError) = ExportText.Decode(content);
        if (text is null)
        {
            return InvoiceFileParse.Refused(encodingError!);
        }

        try
        {
            return Parse(CsvRecords.Read(text), catalog, today);
        }
        catch (UnbalancedQuoteException e)
        {
            return UnbalancedQuote(e.Line);
        }
    }

    private static InvoiceFileParse Parse(IEnumerable<CsvRecord> records, RuleSetCatalog catalog, DateOnly today)
    {
        using var record = records.GetEnumerator();
        if (!record.MoveNext())
        {
            return InvoiceFileParse.Refused("The file has no header row.");
        }

        var (header, headerError) = ExportHeader.Read(record.Current, Columns);
        if (header is null)
        {
            return InvoiceFileParse.Refused(headerError!);
        }

        var accepted = new List<InvoiceRow>();
        var rejected = new List<RejectedRow>();
        while (record.MoveNext())
        {
            var row = record.Current;
            if (row.Fields.All(string.IsNullOrWhiteSpace))
            {
                continue; // a spreadsheet's empty rows (",,,,") carry nothing
            }

            if (row.QuoteAcrossLinesFrom is { } opensOn && row.Fields.Count != header.Count)
            {
                // A quoted field over a line break that leaves the row short or long: a stray quote took the next lines.
                return UnbalancedQuote(opensOn);
            }

            var cells = CellsOf(row, header);
            var (invoice, reason) = ParseRow(row, header, cells, catalog, today);
            if (invoice is not null)
            {
                accepted.Add(invoice);
            }
            else
            {
                rejected.Add(new RejectedRow(row.Line, reason!, Kept(cells)));
            }
        }

        return accepted.Count + rejected.Count == 0
            ? InvoiceFileParse.Refused("The file has a header but no rows.")
            : new InvoiceFileParse(null, accepted, rejected, header.Ignored);
    }

    private static InvoiceFileParse UnbalancedQuote(int line) =>
        InvoiceFileParse.Refused($"Unbalanced quote on line {line}: the quoted field that opens there does not close where the field ends. "
            + "Check the quotes on that line; nothing was imported.");

    private static InvoiceRowCells CellsOf(CsvRecord row, ExportHeader header)
    {
        string? Cell(string column) => header.Field(row, column);
        return new InvoiceRowCells(Cell("PartnerId"), Cell("DocumentType"), Cell("InvoiceNumber"), Cell("LineNumber"), Cell("InvoiceDate"),
            Cell("OmlpType"), Cell("Units"), Cell("Revenue"), Cell("Currency"));
    }

    /// <summary>Issue 20.6: what is stored of a refused row's cells shows a hidden character as its code point, never the character.</summary>
    private static InvoiceRowCells Kept(InvoiceRowCells cells)
    {
        static string? Visible(string? cell) => cell is null ? null : PlainText.Visible(cell, TextKind.Line);
        return new InvoiceRowCells(Visible(cells.PartnerId), Visible(cells.DocumentType), Visible(cells.InvoiceNumber), Visible(cells.LineNumber),
            Visible(cells.InvoiceDate), Visible(cells.OmlpType), Visible(cells.Units), Visible(cells.Revenue), Visible(cells.Currency));
    }

    private static (InvoiceRow? Row, string? Reason) ParseRow(CsvRecord row, ExportHeader header, InvoiceRowCells cells, RuleSetCatalog catalog,
        DateOnly today)
    {
        if (row.Fields.Count != header.Count)
        {
            // A stray separator shifts every later field: refuse the row rather than guess.
            return (null, $"The row has {row.Fields.Count} fields; the header has {header.Count}.");
        }

        var values = Columns.Zip(cells.InColumnOrder(), (column, cell) => (column, Value: cell!.Trim())).ToDictionary(c => c.column, c => c.Value);
        foreach (var (column, value) in values)
        {
            // Issue 20.6: no control character or direction formatting in any cell the portal reads.
            if (PlainText.FirstRefused(value, TextKind.Line) is { } refused)
            {
                return (null, $"{column} contains an invisible control or text-direction character ({PlainText.Name(refused)}); such text is not accepted.");
            }
        }

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
            return (null, $"{Shown(documentType)} is not an invoice: only actual invoices count as KPI (R-KPI-3).");
        }

        if (!string.Equals(documentType, "Invoice", StringComparison.OrdinalIgnoreCase))
        {
            return (null, $"Unknown document type '{Shown(documentType)}'; expected Invoice.");
        }

        if (values["PartnerId"].Length > 20 || values["InvoiceNumber"].Length > 40)
        {
            return (null, "The partner id (20) or invoice number (40 characters) is too long.");
        }

        if (!InvoiceFieldFormat.TryLineNumber(values["LineNumber"], out var lineNumber))
        {
            return (null, $"Line number '{Shown(values["LineNumber"])}' is not a whole number from 1.");
        }

        if (!DateOnly.TryParseExact(values["InvoiceDate"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (null, $"Invoice date '{Shown(values["InvoiceDate"])}' is not a date as YYYY-MM-DD.");
        }

        // Issue 20.5, R-DATE-1: only actual invoices count, and none is issued after today in the program's time zone.
        if (date > today)
        {
            return (null, $"Invoice date {date:yyyy-MM-dd} is after today ({today:yyyy-MM-dd}): an invoice cannot be dated in the future.");
        }

        if (!InvoiceFieldFormat.TryUnits(values["Units"], out var units))
        {
            return (null, $"Units '{Shown(values["Units"])}' must be a whole number of 0 or more.");
        }

        if (!InvoiceFieldFormat.TryRevenue(values["Revenue"], out var revenue))
        {
            return (null, $"Revenue '{Shown(values["Revenue"])}' must be an amount of 0 or more, with a decimal point.");
        }

        if (!CurrencyCodes.IsWellFormed(values["Currency"]))
        {
            return (null, $"Currency '{Shown(values["Currency"])}' is not a three-letter ISO code.");
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
            return (null, $"Unknown OMLP type '{Shown(values["OmlpType"])}' in {ruleSet.ProgramYear}.");
        }

        return (new InvoiceRow(row.Line, values["PartnerId"], values["InvoiceNumber"], lineNumber, date, values["OmlpType"], units,
            new Money(revenue, values["Currency"]), cells), null);
    }

    /// <summary>A value as a reason quotes it: a long one cut to 40 characters, so a 1 MB cell does not make a 1 MB reason.</summary>
    private static string Shown(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 40), "…");
}
