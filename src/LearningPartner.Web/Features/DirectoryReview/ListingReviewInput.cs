using LearningPartner.Domain.PartnerDirectory;

namespace LearningPartner.Web.Features.DirectoryReview;

/// <summary>The editor's checks of R-DIR-3, as confirmed in the form.</summary>
public sealed class ListingReviewInput
{
    public Guid Version { get; set; }

    public bool OnlyAboutThePartner { get; set; }

    public bool NoCompetitors { get; set; }

    public bool OwnedByThePartner { get; set; }

    public ListingAttestation Confirmed => new(OnlyAboutThePartner, NoCompetitors, OwnedByThePartner);
}
