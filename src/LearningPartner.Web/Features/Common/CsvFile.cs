using System.Globalization;
using System.Text;
using CsvHelper;
using LearningPartner.Infrastructure.Imports;

namespace LearningPartner.Web.Features.Common;

/// <summary>
/// The one writer of every CSV the portal hands out (the KPI report, a month's lines, an import's problem rows): UTF-8 with a
/// byte-order mark, invariant numbers and ISO dates, and every text cell escaped against spreadsheet formulas
/// (<see cref="SpreadsheetFormula.Escape"/>; OWASP CSV injection, ASVS 5.0 1.2.10). Numbers and dates are the portal's own
/// formatting, never a user's text, so they are written as they are.
/// </summary>
public sealed class CsvFile : IDisposable
{
    private readonly StringWriter _text = new(CultureInfo.InvariantCulture);
    private readonly CsvWriter _csv;

    private CsvFile() => _csv = new CsvWriter(_text, CultureInfo.InvariantCulture);

    /// <summary>Writes the rows <paramref name="write"/> adds and returns the file's bytes.</summary>
    public static byte[] Write(Action<CsvFile> write)
    {
        using var file = new CsvFile();
        write(file);
        file._csv.Flush();
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(file._text.ToString())];
    }

    /// <summary>A row of headings (text cells).</summary>
    public CsvFile Headings(params string[] names)
    {
        foreach (var name in names)
        {
            Text(name);
        }

        return EndRow();
    }

    public CsvFile Text(string? value)
    {
        _csv.WriteField(SpreadsheetFormula.Escape(value) ?? string.Empty);
        return this;
    }

    public CsvFile Number(decimal? value) => Raw(value?.ToString("0.####", CultureInfo.InvariantCulture));

    public CsvFile Number(long? value) => Raw(value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>A number written with a fixed format, such as a month as "09".</summary>
    public CsvFile Number(int value, string format) => Raw(value.ToString(format, CultureInfo.InvariantCulture));

    public CsvFile Date(DateOnly? value) => Raw(value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>An instant in UTC, ISO 8601: 2026-11-25T10:00:00Z.</summary>
    public CsvFile Instant(DateTimeOffset value) => Raw(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));

    public CsvFile Month(DateOnly value) => Raw(value.ToString("yyyy-MM", CultureInfo.InvariantCulture));

    /// <summary>An empty cell.</summary>
    public CsvFile Empty() => Raw(null);

    public CsvFile EndRow()
    {
        _csv.NextRecord();
        return this;
    }

    public void Dispose()
    {
        _csv.Dispose();
        _text.Dispose();
    }

    private CsvFile Raw(string? value)
    {
        _csv.WriteField(value ?? string.Empty);
        return this;
    }
}
