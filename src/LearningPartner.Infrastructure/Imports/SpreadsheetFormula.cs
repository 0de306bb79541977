namespace LearningPartner.Infrastructure.Imports;

/// <summary>
/// OWASP CSV injection: a cell a spreadsheet would evaluate as a formula. One rule for what imports refuse and
/// what exports escape.
/// </summary>
public static class SpreadsheetFormula
{
    public static bool StartsOne(string? value) =>
        value is { Length: > 0 }
        && (value[0] is '=' or '+' or '@' or '\t' or '\r' || (value[0] == '-' && (value.Length == 1 || !char.IsDigit(value[1]))));

    /// <summary>A cell written for a spreadsheet: a leading apostrophe keeps a formula as text.</summary>
    public static string? Escape(string? value) => StartsOne(value) ? "'" + value : value;
}
