using LearningPartner.Domain.Common;

namespace LearningPartner.Domain.Resources;

/// <summary>A link on the resources page that support staff can edit (R-RES-1).</summary>
public sealed class ResourceLink : IVersioned
{
    private ResourceLink()
    {
        Title = string.Empty;
        Url = string.Empty;
    }

    public ResourceLink(ResourceLinkKind kind, string title, Uri url, string? description)
    {
        Kind = kind;
        Title = string.Empty;
        Url = string.Empty;
        Change(title, url, description);
    }

    public int Id { get; private set; }

    public ResourceLinkKind Kind { get; private set; }

    public string Title { get; private set; }

    public string Url { get; private set; }

    public string? Description { get; private set; }

    public Guid Version { get; set; }

    public void Change(string title, Uri url, string? description)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("A resource link must be an absolute http(s) URL.", nameof(url));
        }

        Title = Guard.Text(title, 200, nameof(title));
        Url = url.AbsoluteUri;
        Description = Guard.OptionalText(description, 1000, nameof(description));
    }
}
