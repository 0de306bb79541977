using System.Globalization;
using System.Text;

namespace LearningPartner.Application.Directory;

/// <summary>
/// Names as a search compares them: lower case, without accents ("Adatum Educação" is found by "educacao"), so a search
/// is an ordinal substring test — fast enough for every name of the directory on each request.
/// </summary>
public static class SearchText
{
    public static string Fold(string text)
    {
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
