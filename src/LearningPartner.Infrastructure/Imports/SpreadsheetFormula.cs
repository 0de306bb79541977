namespace LearningPartner.Infrastructure.Imports;

/// <summary>
/// OWASP CSV injection (ASVS 5.0 1.2.10): a cell a spreadsheet may evaluate as a formula. Imports refuse a text value that
/// looks like one; every CSV the portal writes escapes any cell that starts like one.
/// </summary>
public static class SpreadsheetFormula
{
    /// <summary>The characters a spreadsheet may read as the start of a formula, with their full-width forms.</summary>
    private static readonly char[] Triggers = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];

    /// <summary>
    /// A value the import refuses as text (an invoice number, a partner id): it starts like a formula. A minus before a
    /// digit is a negative number's sign there, which the numeric columns refuse on their own.
    /// </summary>
    public static bool StartsOne(string? value) =>
        value is { Length: > 0 } && Triggers.Contains(value[0]) && !(value[0] == '-' && value.Length > 1 && char.IsDigit(value[1]));

    /// <summary>
    /// A text cell written for a spreadsheet: any cell that starts with a trigger, whatever follows it ("-1+cmd|…" too), gets a
    /// leading apostrophe, so the spreadsheet keeps it as text. The stored value stays as entered.
    /// </summary>
    public static string? Escape(string? value) => value is { Length: > 0 } && Triggers.Contains(value[0]) ? "'" + value : value;
}
