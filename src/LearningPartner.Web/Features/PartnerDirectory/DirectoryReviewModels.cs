using LearningPartner.Domain.PartnerDirectory;

namespace LearningPartner.Web.Features.PartnerDirectory;

/// <summary>A request in the editor's queue: the partner's options today (R-DIR-5) and the listing it would replace.</summary>
public sealed record ListingReviewItem(ListingRow Request, string PartnerId, string PartnerName, ListingLevel Level, ListingRow? Current);

public sealed record ListingBatchGroup(DirectoryBatch Batch, bool IsCurrent, IReadOnlyList<ListingReviewItem> Items);

public sealed record DirectoryQueueViewModel(DateOnly Today, IReadOnlyList<ListingBatchGroup> Batches, IReadOnlyList<ListingReviewItem> RecentlyReviewed);

/// <summary>The editor's checks of R-DIR-3, as confirmed in the form.</summary>
public sealed class ListingReviewInput
{
    public Guid Version { get; set; }

    public bool OnlyAboutThePartner { get; set; }

    public bool NoCompetitors { get; set; }

    public bool OwnedByThePartner { get; set; }

    public ListingAttestation Confirmed => new(OnlyAboutThePartner, NoCompetitors, OwnedByThePartner);
}
