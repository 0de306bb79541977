using LearningPartner.Domain.Common;

namespace LearningPartner.Domain.PartnerDirectory;

/// <summary>A request to list (or change the listing of) a partner in the public directory (R-DIR-1..3).</summary>
public sealed class DirectoryListing : IVersioned
{
    private DirectoryListing()
    {
        DisplayName = string.Empty;
        CountryCode = string.Empty;
        LandingPageUrl = string.Empty;
        RequestedBy = string.Empty;
    }

    public DirectoryListing(int partnerOrganisationId, string displayName, string countryCode, Uri landingPageUrl,
        string requestedBy, DateOnly requestedOn)
    {
        // R-DIR-3: an absolute https URL.
        if (!landingPageUrl.IsAbsoluteUri || landingPageUrl.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException("The landing page must be an absolute https URL (R-DIR-3).", nameof(landingPageUrl));
        }

        PartnerOrganisationId = partnerOrganisationId;
        DisplayName = Guard.Text(displayName, 200, nameof(displayName));
        CountryCode = Partners.CountryCodes.Require(countryCode);
        LandingPageUrl = landingPageUrl.AbsoluteUri;
        RequestedBy = Guard.Text(requestedBy, 200, nameof(requestedBy));
        RequestedOn = requestedOn;
        Status = ListingStatus.Requested;
    }

    public int Id { get; private set; }

    public int PartnerOrganisationId { get; private set; }

    public string DisplayName { get; private set; }

    public string CountryCode { get; private set; }

    public string LandingPageUrl { get; private set; }

    public string RequestedBy { get; private set; }

    public DateOnly RequestedOn { get; private set; }

    public ListingStatus Status { get; private set; }

    /// <summary>R-DIR-4: set on approval; the listing is visible from this date.</summary>
    public DateOnly? PublishOn { get; private set; }

    public string? ReviewedBy { get; private set; }

    public string? RejectionReason { get; private set; }

    public Guid Version { get; set; }
}
