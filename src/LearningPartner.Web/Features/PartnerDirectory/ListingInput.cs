namespace LearningPartner.Web.Features.PartnerDirectory;

/// <summary>A listing request as typed by a partner admin (R-DIR-2) with its three attestations (R-DIR-3).</summary>
public sealed class ListingInput
{
    public string? DisplayName { get; set; }

    public string? CountryCode { get; set; }

    public string? LandingPageUrl { get; set; }

    public bool OnlyAboutThePartner { get; set; }

    public bool NoCompetitors { get; set; }

    public bool OwnedByThePartner { get; set; }
}
