namespace LearningPartner.Web.Features.DirectoryReview;

/// <summary>A directory editor's reason for rejecting a listing request (R-DIR-3), as typed; the partner sees it.</summary>
public sealed class ListingRejectionInput
{
    public string? Reason { get; set; }
}
