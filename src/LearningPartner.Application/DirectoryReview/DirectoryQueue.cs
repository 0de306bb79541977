using LearningPartner.Application.Directory;
using LearningPartner.Domain.PartnerDirectory;

namespace LearningPartner.Application.DirectoryReview;

/// <summary>A request in the editor's queue: the partner's options today (R-DIR-5) and the listing it would replace.</summary>
public sealed record ListingReviewItem(ListingRow Request, string PartnerId, string PartnerName, ListingLevel Level, ListingRow? Current);

public sealed record ListingBatchGroup(DirectoryBatch Batch, bool IsCurrent, IReadOnlyList<ListingReviewItem> Items);

/// <summary>The editors' queue: pending requests by batch, the batch under review first, and the latest reviewed.</summary>
public sealed record DirectoryQueue(DateOnly Today, IReadOnlyList<ListingBatchGroup> Batches, IReadOnlyList<ListingReviewItem> RecentlyReviewed);
