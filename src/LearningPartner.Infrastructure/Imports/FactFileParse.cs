using LearningPartner.Domain.FactImports;

namespace LearningPartner.Infrastructure.Imports;

/// <summary>A readable row of a roster or exam results file, with its cells as written.</summary>
public sealed record FactFileRow(int FileLine, FactRowValues Values, IReadOnlyList<string> Cells);

/// <summary>A refused row, by its line, with the reason shown to staff and its cells as written.</summary>
public sealed record RejectedFactRow(int FileLine, string Reason, IReadOnlyList<string> Cells);

/// <summary>The parse of a whole roster or exam results file: a file-level refusal, or its rows and the ignored columns.</summary>
public sealed record FactFileParse(string? FileError, IReadOnlyList<FactFileRow> Accepted, IReadOnlyList<RejectedFactRow> Rejected,
    IReadOnlyList<string> IgnoredColumns)
{
    public static FactFileParse Of(ExportRead read, Func<ExportRow, (FactRowValues? Values, string? Reason)> parse)
    {
        if (read.FileError is not null)
        {
            return new FactFileParse(read.FileError, [], [], []);
        }

        var accepted = new List<FactFileRow>();
        var rejected = new List<RejectedFactRow>();
        foreach (var row in read.Rows)
        {
            var (values, reason) = row.Refused is null ? parse(row) : (null, row.Refused);
            if (values is not null)
            {
                accepted.Add(new FactFileRow(row.Line, values, row.KeptCells));
            }
            else
            {
                rejected.Add(new RejectedFactRow(row.Line, reason!, row.KeptCells));
            }
        }

        return new FactFileParse(null, accepted, rejected, read.IgnoredColumns);
    }
}
