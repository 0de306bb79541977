using System.Text;

namespace LearningPartner.Application.Directory;

/// <summary>
/// A partner's name as its directory page's URL carries it (issue 24): lower case, accents dropped, each run of other
/// characters one hyphen — "Adatum Educação & Co" → "adatum-educacao-co". Only the partner id decides which page; the
/// slug is for people and search engines, and a wrong one is redirected to the right one.
/// </summary>
public static class DirectorySlug
{
    public const int MaxLength = 60;

    public static string Of(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in SearchText.Fold(name))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.Length > MaxLength ? slug.ToString(0, MaxLength) : slug.ToString();
        return text.Trim('-');
    }
}
