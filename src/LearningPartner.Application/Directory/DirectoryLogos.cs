using LearningPartner.Domain.PartnerDirectory;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.Directory;

/// <summary>A listing's logo opened to serve (issue 24): its content and the type its first bytes showed.</summary>
public sealed record LogoFile(Stream Content, string ContentType);

/// <summary>
/// Listing logos (issue 24). The public one only while its listing is the one the directory shows today (R-DIR-1,
/// R-DIR-5: not before approval and publication, not while the partner's options have lapsed); editors any request's; a partner
/// its own requests'.
/// </summary>
public sealed class DirectoryLogos(DirectorySnapshots snapshots, PortalDbContext db, DocumentStore store)
{
    public async Task<LogoFile?> OpenPublishedAsync(int listingId, CancellationToken cancellationToken)
    {
        var entry = (await snapshots.GetAsync(cancellationToken)).FindListing(listingId);
        return entry is { LogoStorageKey: { } key, LogoContentType: { } type } && store.Open(key) is { } stream ? new LogoFile(stream, type) : null;
    }

    /// <summary>Any request's logo, for the directory editors' review.</summary>
    public Task<LogoFile?> OpenForReviewAsync(int listingId, CancellationToken cancellationToken) =>
        OpenAsync(db.DirectoryListings.Where(l => l.Id == listingId), cancellationToken);

    /// <summary>A request's logo for the partner that sent it, so it sees what the editors review; another partner's is not found.</summary>
    public Task<LogoFile?> OpenOwnAsync(int partnerOrganisationId, int listingId, CancellationToken cancellationToken) =>
        OpenAsync(db.DirectoryListings.Where(l => l.Id == listingId && l.PartnerOrganisationId == partnerOrganisationId), cancellationToken);

    private async Task<LogoFile?> OpenAsync(IQueryable<DirectoryListing> listing, CancellationToken cancellationToken)
    {
        var logo = await listing.AsNoTracking().Select(l => new { l.LogoStorageKey, l.LogoContentType }).FirstOrDefaultAsync(cancellationToken);
        return logo is { LogoStorageKey: { } key, LogoContentType: { } type } && store.Open(key) is { } stream ? new LogoFile(stream, type) : null;
    }
}
