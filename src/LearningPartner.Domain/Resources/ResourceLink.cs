using LearningPartner.Domain.Common;

namespace LearningPartner.Domain.Resources;

/// <summary>
/// A link on the resources page that support staff can edit (R-RES-1). Its title and description are written in English and,
/// optionally, in Chinese; a reader in Chinese sees the English where there is no Chinese text (ADR-019).
/// </summary>
public sealed class ResourceLink : IVersioned
{
    public const int TitleLength = 200;
    public const int DescriptionLength = 1000;

    private ResourceLink()
    {
        Title = string.Empty;
        Url = string.Empty;
    }

    public ResourceLink(ResourceLinkKind kind, string title, Uri url, string? description, string? titleZh = null, string? descriptionZh = null)
    {
        Kind = kind;
        Title = string.Empty;
        Url = string.Empty;
        Change(title, url, description, titleZh, descriptionZh);
    }

    public int Id { get; private set; }

    public ResourceLinkKind Kind { get; private set; }

    public string Title { get; private set; }

    public string Url { get; private set; }

    public string? Description { get; private set; }

    /// <summary>The title in Simplified Chinese; none: Chinese readers see <see cref="Title"/>.</summary>
    public string? TitleZh { get; private set; }

    /// <summary>The description in Simplified Chinese; none: Chinese readers see <see cref="Description"/>.</summary>
    public string? DescriptionZh { get; private set; }

    public Guid Version { get; set; }

    public void Change(string title, Uri url, string? description, string? titleZh, string? descriptionZh)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("A resource link must be an absolute http(s) URL.", nameof(url));
        }

        Title = Guard.Text(title, TitleLength, nameof(title));
        Url = url.AbsoluteUri;
        Description = Guard.OptionalText(description, DescriptionLength, nameof(description));
        TitleZh = Guard.OptionalText(titleZh, TitleLength, nameof(titleZh));
        DescriptionZh = Guard.OptionalText(descriptionZh, DescriptionLength, nameof(descriptionZh));
    }
}
