namespace LearningPartner.Domain.Partners;

/// <summary>R-ORG-1: a registering company's website is an absolute https address.</summary>
public static class Websites
{
    public static bool IsHttpsUrl(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && uri.Host.Contains('.', StringComparison.Ordinal)
        && string.IsNullOrEmpty(uri.UserInfo);

    /// <summary>The website's host, lower case, without a leading "www.": two sites on one domain are one company's.</summary>
    public static string? Domain(string? value)
    {
        if (!Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
