using LearningPartner.Application.Common;
using LearningPartner.Application.Directory;
using LearningPartner.Domain.PartnerDirectory;

namespace LearningPartner.Application.Listings;

/// <summary>A partner's directory listing: where it stands today (R-DIR-4, R-DIR-5), its requests, and today's batch.</summary>
public sealed record ListingPage(
    PartnerContext Partner,
    DateOnly Today,
    DirectoryState State,
    ListingRow? Current,
    ListingRow? Scheduled,
    ListingRow? Pending,
    IReadOnlyList<ListingRow> Requests,
    ListingLevel Level,
    DirectoryBatch BatchOfToday);
