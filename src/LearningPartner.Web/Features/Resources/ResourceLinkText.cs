using System.Globalization;
using LearningPartner.Application.Resources;

namespace LearningPartner.Web.Features.Resources;

/// <summary>
/// ADR-019: a resource link's title and description in the reader's language — the Chinese text for a Chinese reader where
/// staff wrote one, the English otherwise, field by field. <see cref="Shown.Lang"/> marks English shown on a Chinese page.
/// </summary>
public static class ResourceLinkText
{
    public sealed record Shown(string Text, string? Lang);

    public static Shown Title(ResourceLinkRow link) => Pick(link.Title, link.TitleZh)!;

    public static Shown? Description(ResourceLinkRow link) => Pick(link.Description, link.DescriptionZh);

    private static Shown? Pick(string? english, string? chinese)
    {
        var readerIsChinese = string.Equals(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, "zh", StringComparison.Ordinal);
        return readerIsChinese switch
        {
            true when chinese is not null => new Shown(chinese, null),
            true when english is not null => new Shown(english, "en"),
            _ => english is null ? null : new Shown(english, null),
        };
    }
}
