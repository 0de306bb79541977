using System.Globalization;
using LearningPartner.Application.Imports;

namespace LearningPartner.Web.Features.Imports;

/// <summary>What the preview shows of a problem row "in the file": its cells as written (issue 20.5), each cut for the page.</summary>
public static class ProblemRowText
{
    /// <summary>A cell longer than this is cut on the page; the problems CSV has it whole.</summary>
    public const int ShownCell = 60;

    public static string InFile(ImportRowModel row) => row.Cells is { } cells
        ? string.Join(" · ", cells.InColumnOrder().Select(Shown))
        : row.PartnerId is null
            ? "—"
            : string.Create(CultureInfo.InvariantCulture,
                $"{row.PartnerId} · {row.InvoiceNumber}/{row.LineNumber} · {row.InvoiceDate:yyyy-MM-dd} · {row.OmlpType} · {row.Units} · {row.RevenueAmount:0.00##} {row.RevenueCurrency}");

    private static string Shown(string? cell) =>
        string.IsNullOrWhiteSpace(cell) ? "—" : cell.Length <= ShownCell ? cell : string.Concat(cell.AsSpan(0, ShownCell), "…");
}
