namespace LearningPartner.Infrastructure.Email;

/// <summary>
/// The portal's address as its users reach it (the setting <c>PublicBaseUrl</c>, e.g. https://partners.example.com), for
/// links in emails: a mail is composed by a background service, with no request to take an address from, and a request's
/// Host header is the client's to choose anyway (issue 20.8).
/// </summary>
public sealed class PublicAddressOptions
{
    /// <summary>Absolute http(s), without query or fragment; null when not configured.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The absolute address of a portal path such as "/partners/4100001"; without a base URL, the path itself.</summary>
    public string Link(string path) => BaseUrl is null ? path : BaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + path;
}
