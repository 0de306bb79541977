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
        // The checks every export shares — encoding, header, quotes, field count, hidden characters, formulas, empty cells.
        var read = ExportRows.Read(content, MaxBytes, Columns, new HashSet<string>());
        if (read.FileError is not null)
        {
            return InvoiceFileParse.Refused(read.FileError);
        }

        var accepted = new List<InvoiceRow>();
        var rejected = new List<RejectedRow>();
        foreach (var row in read.Rows)
        {
            var cells = CellsOf(row.Cells);
            var (invoice, reason) = row.Values is { } values ? ParseRow(row.Line, values, cells, catalog, today) : (null, row.Refused);
            if (invoice is not null)
            {
                accepted.Add(invoice);
            }
            else
            {
                rejected.Add(new RejectedRow(row.Line, reason!, Kept(cells)));
            }
        }

        return new InvoiceFileParse(null, accepted, rejected, read.IgnoredColumns);
    }

    private static InvoiceRowCells CellsOf(IReadOnlyList<string?> cells) =>
        new(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6], cells[7], cells[8]);

    /// <summary>Issue 20.6: what is stored of a refused row's cells shows a hidden character as its code point, never the character.</summary>
    private static InvoiceRowCells Kept(InvoiceRowCells cells) => CellsOf([.. cells.InColumnOrder().Select(ExportRows.Kept)]);

    private static (InvoiceRow? Row, string? Reason) ParseRow(int line, IReadOnlyDictionary<string, string> values, InvoiceRowCells cells,
        RuleSetCatalog catalog, DateOnly today)
    {
        var documentType = values["DocumentType"];
        if (NotInvoices.Contains(documentType, StringComparer.OrdinalIgnoreCase))
        {
            return (null, $"{ExportRows.Shown(documentType)} is not an invoice: only actual invoices count as KPI (R-KPI-3).");
        }

        if (!string.Equals(documentType, "Invoice", StringComparison.OrdinalIgnoreCase))
        {
            return (null, $"Unknown document type '{ExportRows.Shown(documentType)}'; expected Invoice.");
        }

        if (values["PartnerId"].Length > 20 || values["InvoiceNumber"].Length > 40)
        {
            return (null, "The partner id (20) or invoice number (40 characters) is too long.");
        }

        if (!InvoiceFieldFormat.TryLineNumber(values["LineNumber"], out var lineNumber))
        {
            return (null, $"Line number '{ExportRows.Shown(values["LineNumber"])}' is not a whole number from 1.");
        }

        if (!DateOnly.TryParseExact(values["InvoiceDate"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (null, $"Invoice date '{ExportRows.Shown(values["InvoiceDate"])}' is not a date as YYYY-MM-DD.");
        }

        // Issue 20.5, R-DATE-1: only actual invoices count, and none is issued after today in the program's time zone.
        if (date > today)
        {
            return (null, $"Invoice date {date:yyyy-MM-dd} is after today ({today:yyyy-MM-dd}): an invoice cannot be dated in the future.");
        }

        if (!InvoiceFieldFormat.TryUnits(values["Units"], out var units))
        {
            return (null, $"Units '{ExportRows.Shown(values["Units"])}' must be a whole number of 0 or more.");
        }

        if (!InvoiceFieldFormat.TryRevenue(values["Revenue"], out var revenue))
        {
            return (null, $"Revenue '{ExportRows.Shown(values["Revenue"])}' must be an amount of 0 or more, with a decimal point.");
        }

        if (!CurrencyCodes.IsWellFormed(values["Currency"]))
        {
            return (null, $"Currency '{ExportRows.Shown(values["Currency"])}' is not a three-letter ISO code.");
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
            return (null, $"Unknown OMLP type '{ExportRows.Shown(values["OmlpType"])}' in {ruleSet.ProgramYear}.");
        }

        return (new InvoiceRow(line, values["PartnerId"], values["InvoiceNumber"], lineNumber, date, values["OmlpType"], units,
            new Money(revenue, values["Currency"]), cells), null);
    }

}
