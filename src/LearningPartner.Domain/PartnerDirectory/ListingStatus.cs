namespace LearningPartner.Domain.PartnerDirectory;

/// <summary>
/// The editor's decision on a listing request. "Published" and "hidden" are not stored: they follow from
/// the publication date and the partner's active options when read (R-DIR-4, R-DIR-5).
/// </summary>
public enum ListingStatus
{
    Requested = 1,
    Approved = 2,
    Rejected = 3,
}
