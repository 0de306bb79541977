using System.Globalization;
using System.Text;

namespace LearningPartner.Domain.Partners;

/// <summary>
/// R-ORG-1: company names compared as staff would read them — case, punctuation, accents and legal suffixes ("Ltd",
/// "GmbH", "Inc.") aside, so "Contoso Learning Ltd" and "contoso learning" are the same name.
/// </summary>
public static class CompanyNames
{
    private static readonly HashSet<string> LegalSuffixes = new(StringComparer.Ordinal)
    {
        "ltd", "limited", "inc", "incorporated", "llc", "llp", "plc", "gmbh", "ag", "kg", "sa", "sas", "sarl", "srl", "spa", "bv",
        "nv", "ab", "as", "oy", "pty", "pvt", "co", "corp", "corporation", "company", "kk", "sl", "lp",
    };

    public static string Normalise(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var text = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            text.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : c == '&' ? '&' : ' ');
        }

        var words = text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && LegalSuffixes.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }

    public static bool AreNearlyIdentical(string a, string b) =>
        string.Equals(Normalise(a), Normalise(b), StringComparison.Ordinal);
}
