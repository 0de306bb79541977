using System.Text;

namespace LearningPartner.Domain.Common;

/// <summary>
/// Issue 20.6: text the portal never stores. Control characters hide in a value and break what reads it later (a CSV, a
/// log line, an e-mail header); bidirectional overrides, isolates and marks make a value read differently from what it
/// is ("Trojan Source": an invoice number or a name shown reversed). Every text field of every form and every import
/// cell is checked with this one rule. Tab and line breaks are text only in long text (a description, a message, a
/// reason); a one-line value (a name, a code, a number) has none.
/// </summary>
public static class PlainText
{
    /// <summary>A one-line value: no control character at all, no direction formatting.</summary>
    public static bool IsLine(string? value) => FirstRefused(value, TextKind.Line) is null;

    /// <summary>Long text: tab, carriage return and line feed allowed; no other control character, no direction formatting.</summary>
    public static bool IsLongText(string? value) => FirstRefused(value, TextKind.LongText) is null;

    /// <summary>The first character of <paramref name="value"/> that such text may not hold, or null when there is none.</summary>
    public static char? FirstRefused(string? value, TextKind kind)
    {
        foreach (var c in value ?? string.Empty)
        {
            if (IsRefused(c, kind))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>How a refused character is named in a message: its code point, since it cannot be seen ("U+202E").</summary>
    public static string Name(char c) => $"U+{(int)c:X4}";

    /// <summary>
    /// The text with each refused character written as its code point in brackets ("CM-1[U+202E]"): what the portal keeps and
    /// shows of a refused value, so a reader sees where the character was and nothing is reordered or hidden.
    /// </summary>
    public static string Visible(string value, TextKind kind)
    {
        if (FirstRefused(value, kind) is null)
        {
            return value;
        }

        var visible = new StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            if (IsRefused(c, kind))
            {
                visible.Append('[').Append(Name(c)).Append(']');
            }
            else
            {
                visible.Append(c);
            }
        }

        return visible.ToString();
    }

    private static bool IsRefused(char c, TextKind kind) =>
        IsDirectionFormatting(c)
        || (char.IsControl(c) && !(kind == TextKind.LongText && c is '\t' or '\r' or '\n'));

    /// <summary>
    /// Unicode's explicit direction formatting: embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069) and
    /// the implicit marks (U+200E LRM, U+200F RLM, U+061C ALM).
    /// </summary>
    private static bool IsDirectionFormatting(char c) =>
        c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';
}
