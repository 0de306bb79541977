using LearningPartner.Application.Listings;
using LearningPartner.Domain.PartnerDirectory;
using LearningPartner.Web.Features.Common;

namespace LearningPartner.Web.Features.Listings;

/// <summary>
/// A listing request as typed by a partner admin (R-DIR-2) with its three attestations (R-DIR-3), its short description and
/// logo (issue 24).
/// </summary>
public sealed class ListingInput
{
    public string? DisplayName { get; set; }

    public string? CountryCode { get; set; }

    public string? LandingPageUrl { get; set; }

    public string? Description { get; set; }

    /// <summary>A new logo; none keeps the logo of the listing shown now, unless <see cref="RemoveLogo"/>.</summary>
    public IFormFile? Logo { get; set; }

    public bool RemoveLogo { get; set; }

    public bool OnlyAboutThePartner { get; set; }

    public bool NoCompetitors { get; set; }

    public bool OwnedByThePartner { get; set; }

    /// <summary>A new request starts from the listing shown now, or from the organisation's name and country.</summary>
    public static ListingInput For(ListingPage page) => new()
    {
        DisplayName = page.Current?.DisplayName ?? page.Partner.Name,
        CountryCode = page.Current?.CountryCode ?? page.Partner.CountryCode,
        LandingPageUrl = page.Current?.LandingPageUrl,
        Description = page.Current?.Description,
    };

    public ListingDetails ToDetails() => new(DisplayName!, CountryCode!, LandingPageUrl!, Description);

    public ListingLogoChange ToLogoChange() => new(UploadedFiles.From(Logo), RemoveLogo);

    public ListingAttestation ToAttestation() => new(OnlyAboutThePartner, NoCompetitors, OwnedByThePartner);
}
