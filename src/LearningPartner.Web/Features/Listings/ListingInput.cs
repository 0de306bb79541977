using LearningPartner.Application.Listings;
using LearningPartner.Domain.PartnerDirectory;

namespace LearningPartner.Web.Features.Listings;

/// <summary>A listing request as typed by a partner admin (R-DIR-2) with its three attestations (R-DIR-3).</summary>
public sealed class ListingInput
{
    public string? DisplayName { get; set; }

    public string? CountryCode { get; set; }

    public string? LandingPageUrl { get; set; }

    public bool OnlyAboutThePartner { get; set; }

    public bool NoCompetitors { get; set; }

    public bool OwnedByThePartner { get; set; }

    /// <summary>A new request starts from the listing shown now, or from the organisation's name and country.</summary>
    public static ListingInput For(ListingPage page) => new()
    {
        DisplayName = page.Current?.DisplayName ?? page.Partner.Name,
        CountryCode = page.Current?.CountryCode ?? page.Partner.CountryCode,
        LandingPageUrl = page.Current?.LandingPageUrl,
    };

    public ListingDetails ToDetails() => new(DisplayName!, CountryCode!, LandingPageUrl!);

    public ListingAttestation ToAttestation() => new(OnlyAboutThePartner, NoCompetitors, OwnedByThePartner);
}
