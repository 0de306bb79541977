using LearningPartner.Domain.Partners;

namespace LearningPartner.Domain.PartnerDirectory;

/// <summary>
/// R-DIR-2: what a listing shows — display name, country/region, the partner's Microsoft-titled landing page, an
/// absolute https URL (R-DIR-3), and a short plain-text description (issue 24, optional). The constructor guards the
/// invariants; the form checks them first with messages.
/// </summary>
public sealed record ListingDetails
{
    public const int MaxNameLength = 100;
    public const int MaxUrlLength = 500;
    public const int MaxDescriptionLength = 500;

    public ListingDetails(string displayName, string countryCode, string landingPageUrl, string? description = null)
    {
        if (string.IsNullOrWhiteSpace(displayName) || displayName.Trim().Length > MaxNameLength)
        {
            throw new ArgumentException($"A display name has 1 to {MaxNameLength} characters.", nameof(displayName));
        }

        if (!CountryCodes.IsAssigned(countryCode))
        {
            throw new ArgumentException($"'{countryCode}' is not an ISO 3166-1 country/region.", nameof(countryCode));
        }

        if (!IsLandingPageUrl(landingPageUrl))
        {
            throw new ArgumentException("The landing page must be an absolute https URL (R-DIR-3).", nameof(landingPageUrl));
        }

        if (description?.Trim().Length > MaxDescriptionLength)
        {
            throw new ArgumentException($"A description has at most {MaxDescriptionLength} characters.", nameof(description));
        }

        DisplayName = displayName.Trim();
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        CountryCode = countryCode;
        LandingPageUrl = new Uri(landingPageUrl.Trim()).AbsoluteUri;
    }

    public string DisplayName { get; }

    public string CountryCode { get; }

    public string LandingPageUrl { get; }

    /// <summary>What the partner says of itself on its directory page, plain text; null when it gave none.</summary>
    public string? Description { get; }

    /// <summary>
    /// R-DIR-3: an absolute https URL to a named web site — no other scheme (javascript:, http:), no user name or password
    /// in it, a host name with a dot (not an address on the local network).
    /// </summary>
    public static bool IsLandingPageUrl(string? url) =>
        url?.Trim() is { Length: > 0 and <= MaxUrlLength } text
        && Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && string.IsNullOrEmpty(uri.UserInfo)
        && uri.HostNameType == UriHostNameType.Dns
        && uri.Host.Contains('.', StringComparison.Ordinal)
        && !uri.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);
}
