using LearningPartner.Domain.Common;

namespace LearningPartner.Infrastructure.Imports;

/// <summary>
/// Reads an export staff upload (an MCT roster, exam results) into rows of named values, with the checks every export
/// shares (docs/trainer-and-exam-imports.md, as docs/invoice-import.md for invoices): the encoding, the header by column
/// names in any case with other columns ignored and listed, strict quotes refusing the whole file (issue 20.5), and per
/// row the field count, no hidden character and no spreadsheet formula in any cell read (issue 20.6), no empty required
/// cell. What a value means is the caller's to check.
/// </summary>
public static class ExportRows
{
    public static ExportRead Read(byte[] content, long maxBytes, IReadOnlyList<string> columns, IReadOnlySet<string> optional)
    {
        if (content.Length == 0)
        {
            return ExportRead.Refused("The file is empty.");
        }

        if (content.Length > maxBytes)
        {
            return ExportRead.Refused($"The file is larger than {maxBytes / (1024 * 1024)} MB.");
        }

        var (text, encodingError) = ExportText.Decode(content);
        if (text is null)
        {
            return ExportRead.Refused(encodingError!);
        }

        try
        {
            return Read(CsvRecords.Read(text), columns, optional);
        }
        catch (UnbalancedQuoteException e)
        {
            return UnbalancedQuote(e.Line);
        }
    }

    private static ExportRead Read(IEnumerable<CsvRecord> records, IReadOnlyList<string> columns, IReadOnlySet<string> optional)
    {
        using var record = records.GetEnumerator();
        if (!record.MoveNext())
        {
            return ExportRead.Refused("The file has no header row.");
        }

        var (header, headerError) = ExportHeader.Read(record.Current, columns);
        if (header is null)
        {
            return ExportRead.Refused(headerError!);
        }

        var rows = new List<ExportRow>();
        while (record.MoveNext())
        {
            var row = record.Current;
            if (row.Fields.All(string.IsNullOrWhiteSpace))
            {
                continue; // a spreadsheet's empty rows (",,,,") carry nothing
            }

            if (row.QuoteAcrossLinesFrom is { } opensOn && row.Fields.Count != header.Count)
            {
                return UnbalancedQuote(opensOn);
            }

            var cells = columns.Select(c => header.Field(row, c)).ToList();
            var refused = Refusal(row, header, columns, cells, optional);
            rows.Add(refused is null
                ? new ExportRow(row.Line, cells, columns.Zip(cells, (c, v) => (c, v!.Trim())).ToDictionary(p => p.c, p => p.Item2), null)
                : new ExportRow(row.Line, cells, null, refused));
        }

        return rows.Count == 0
            ? ExportRead.Refused("The file has a header but no rows.")
            : new ExportRead(null, rows, header.Ignored);
    }

    private static string? Refusal(CsvRecord row, ExportHeader header, IReadOnlyList<string> columns, List<string?> cells,
        IReadOnlySet<string> optional)
    {
        if (row.Fields.Count != header.Count)
        {
            // A stray separator shifts every later field: refuse the row rather than guess.
            return $"The row has {row.Fields.Count} fields; the header has {header.Count}.";
        }

        var values = columns.Zip(cells, (column, cell) => (Column: column, Value: cell!.Trim())).ToList();
        foreach (var (column, value) in values)
        {
            if (PlainText.FirstRefused(value, TextKind.Line) is { } hidden)
            {
                return $"{column} contains an invisible control or text-direction character ({PlainText.Name(hidden)}); such text is not accepted.";
            }
        }

        if (values.Select(v => v.Value).FirstOrDefault(SpreadsheetFormula.StartsOne) is { } formula)
        {
            return $"A field starts with a spreadsheet formula character ({formula[0]}); formulas are not accepted.";
        }

        var empty = values.Where(v => v.Value.Length == 0 && !optional.Contains(v.Column)).Select(v => v.Column).ToList();
        return empty.Count > 0 ? $"Empty field: {string.Join(", ", empty)}." : null;
    }

    private static ExportRead UnbalancedQuote(int line) =>
        ExportRead.Refused($"Unbalanced quote on line {line}: the quoted field that opens there does not close where the field ends. "
            + "Check the quotes on that line; nothing was imported.");

    /// <summary>Issue 20.6: what is kept of a refused row's cell shows a hidden character as its code point, never the character.</summary>
    public static string? Kept(string? cell) => cell is null ? null : PlainText.Visible(cell, TextKind.Line);

    /// <summary>A value as a reason quotes it: a long one cut to 40 characters.</summary>
    public static string Shown(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 40), "…");
}

/// <summary>A whole export: the message refusing it, or its rows and the columns it ignored.</summary>
public sealed record ExportRead(string? FileError, IReadOnlyList<ExportRow> Rows, IReadOnlyList<string> IgnoredColumns)
{
    public static ExportRead Refused(string error) => new(error, [], []);
}

/// <summary>
/// One row: its line (the header is line 1), its cells as written in the documented column order (null where a short row has
/// none), and either its trimmed values by column or the reason it is refused.
/// </summary>
public sealed record ExportRow(int Line, IReadOnlyList<string?> Cells, IReadOnlyDictionary<string, string>? Values, string? Refused)
{
    /// <summary>The cells as a refused or conflicting row keeps them: hidden characters shown, missing cells empty.</summary>
    public IReadOnlyList<string> KeptCells => [.. Cells.Select(c => ExportRows.Kept(c) ?? string.Empty)];
}
