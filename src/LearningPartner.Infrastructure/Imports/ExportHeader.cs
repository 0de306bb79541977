using LearningPartner.Domain.Common;

namespace LearningPartner.Infrastructure.Imports;

/// <summary>
/// The header row of an export (issue 20.5): where each column the portal reads is, by its name in any case, and the
/// columns it does not read — a marketplace export carries more (course title, delivery format, training dates …),
/// which are listed on the preview and ignored. A missing column or a name given twice refuses the file.
/// </summary>
public sealed class ExportHeader
{
    private readonly Dictionary<string, int> _positions;

    private ExportHeader(int count, Dictionary<string, int> positions, IReadOnlyList<string> ignored)
    {
        Count = count;
        _positions = positions;
        Ignored = ignored;
    }

    /// <summary>How many fields every row must have.</summary>
    public int Count { get; }

    /// <summary>The names of the columns the portal does not read, in file order; an unnamed one by its position.</summary>
    public IReadOnlyList<string> Ignored { get; }

    /// <summary>The header, or the message refusing the file.</summary>
    public static (ExportHeader? Header, string? Error) Read(CsvRecord record, IReadOnlyList<string> columns)
    {
        var names = record.Fields.Select(f => f.Trim()).ToList();
        for (var i = 0; i < names.Count; i++)
        {
            // Issue 20.6: a name is shown on the preview; it holds no hidden character either.
            if (PlainText.FirstRefused(names[i], TextKind.Line) is { } refused)
            {
                return (null, $"The name of column {i + 1} contains an invisible control or text-direction character ({PlainText.Name(refused)}).");
            }
        }

        var twice = names.Select((name, i) => (Name: name, Column: i + 1)).Where(n => n.Name.Length > 0)
            .GroupBy(n => n.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            return (null, $"The column '{twice.First().Name}' appears more than once (columns {string.Join(" and ", twice.Select(n => n.Column))}): "
                + "each column needs a name of its own.");
        }

        var positions = columns.ToDictionary(c => c, c => names.FindIndex(n => string.Equals(n, c, StringComparison.OrdinalIgnoreCase)));
        var missing = positions.Where(p => p.Value < 0).Select(p => p.Key).ToList();
        if (missing.Count > 0)
        {
            return (null, $"Missing columns: {string.Join(", ", missing)}. Expected: {string.Join(", ", columns)}.");
        }

        var ignored = names.Select((name, i) => (Name: name, Column: i + 1))
            .Where(n => !columns.Contains(n.Name, StringComparer.OrdinalIgnoreCase))
            .Select(n => n.Name.Length > 0 ? n.Name : $"(column {n.Column}, no name)")
            .ToList();
        return (new ExportHeader(names.Count, positions, ignored), null);
    }

    /// <summary>The field of <paramref name="record"/> in the column named <paramref name="column"/> (one the portal reads).</summary>
    public string? Field(CsvRecord record, string column) =>
        _positions[column] is var at && at < record.Fields.Count ? record.Fields[at] : null;
}
