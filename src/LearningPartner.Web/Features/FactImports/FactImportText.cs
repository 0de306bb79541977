using System.Globalization;
using LearningPartner.Application.FactImports;
using LearningPartner.Domain.FactImports;
using LearningPartner.Web.Features.Imports;
using LearningPartner.Web.Views.Shared;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.FactImports;

/// <summary>The words of roster and exam results imports on their pages (R-MCT-1).</summary>
public static class FactImportText
{
    public static string Kind(IStringLocalizer l, FactImportKind kind) =>
        kind == FactImportKind.MctRoster ? l["MCT roster"] : l["Exam results"];

    public static string Upload(IStringLocalizer l, FactImportKind kind) =>
        kind == FactImportKind.MctRoster ? l["Upload an MCT roster"] : l["Upload exam results"];

    public static string Outcome(IStringLocalizer l, FactRowOutcome outcome) => outcome switch
    {
        FactRowOutcome.New => l["New verified fact"],
        FactRowOutcome.VerifiesClaim => l["Verifies a claim"],
        FactRowOutcome.AlreadyRecorded => l["Already recorded"],
        FactRowOutcome.Conflict => l["Conflict"],
        _ => l["Rejected"],
    };

    /// <summary>A row's values as read, or — for a rejected or conflicting row — its cells as written, each cut for the page.</summary>
    public static string InFile(IStringLocalizer l, FactImportRowModel row, bool roster)
    {
        if (row.Cells is { Count: > 0 } cells)
        {
            return string.Join(" · ", cells.Select(Shown));
        }

        if (row.Values is not { } v)
        {
            return "—";
        }

        return roster
            ? string.Create(CultureInfo.InvariantCulture, $"{v.PartnerId} · {v.PersonName} · MCT {v.MctId} · ") + l["valid until {0}", Display.Date(v.ValidUntil!.Value)]
            : string.Create(CultureInfo.InvariantCulture, $"{v.PartnerId} · {v.PersonName} · {v.ExamCode} · ") + l["passed on {0}", Display.Date(v.PassedOn!.Value)];
    }

    private static string Shown(string cell) =>
        string.IsNullOrWhiteSpace(cell) ? "—" : cell.Length <= ProblemRowText.ShownCell ? cell : string.Concat(cell.AsSpan(0, ProblemRowText.ShownCell), "…");
}
