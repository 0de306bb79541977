using LearningPartner.Application.Common;
using LearningPartner.Application.Directory;
using LearningPartner.Domain.PartnerDirectory;
using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.Listings;

/// <summary>
/// A partner's side of the directory (R-DIR-1..5): where its listing stands today, its requests with their batch and
/// publication date, and a new request — only while it holds a learning option, one awaiting review at a time.
/// </summary>
public sealed class ListingRequestService(
    PortalDbContext db,
    HeldOptions heldOptions,
    AuditLog audit,
    ICurrentActor actor,
    ProgramClock clock)
{
    public async Task<ListingPage> GetAsync(PartnerContext partner, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var organisationId = partner.OrganisationId;
        var requests = (await db.DirectoryListings.AsNoTracking().Where(l => l.PartnerOrganisationId == organisationId)
            .OrderByDescending(l => l.Id).ToListAsync(cancellationToken)).Select(ListingRow.Of).ToList();
        var level = (await heldOptions.OnAsync(today, [organisationId], cancellationToken)).GetValueOrDefault(organisationId, ListingLevel.None);
        var standing = DirectoryPublication.On(today,
            requests.Where(r => r.Status == ListingStatus.Approved).Select(r => new ApprovedListing(r.Id, r.PublishOn!.Value)), level.HoldsAnOption);
        return new ListingPage(partner, today, standing.State, requests.FirstOrDefault(r => r.Id == standing.Current?.Id),
            requests.FirstOrDefault(r => r.Id == standing.Scheduled?.Id), requests.FirstOrDefault(r => r.Status == ListingStatus.Requested),
            requests, level, DirectoryBatch.For(today));
    }

    /// <summary>Stores the request in the batch of today (R-DIR-4), with the partner's attestations (R-DIR-3).</summary>
    public async Task<Result> RequestAsync(PartnerContext partner, ListingDetails details, ListingAttestation attestation,
        CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var organisationId = partner.OrganisationId;
        // R-DIR-5: only partners with an active learning option can be listed.
        if (!(await heldOptions.OnAsync(today, [organisationId], cancellationToken)).ContainsKey(organisationId))
        {
            return Refusal.Of(RefusalCode.ListingNeedsHeldOption);
        }

        var listing = new DirectoryListing(organisationId, details, attestation, actor.Describe(), today, clock.Now);
        try
        {
            await db.InTransactionAsync(async ct =>
            {
                db.DirectoryListings.Add(listing);
                await db.SaveChangesAsync(ct);
                audit.Record(AuditAction.DirectoryListingRequested, AuditSubject.Of(listing), null,
                    new RequestValues(listing.DisplayName, listing.CountryCode, listing.LandingPageUrl, listing.Batch.ToString(), Attested: true));
                return await db.SaveChangesAsync(ct);
            }, cancellationToken);
            return Result.Done();
        }
        catch (DbUpdateException)
        {
            // The unique pending key: a request already awaits review (a second click, another admin).
            db.ChangeTracker.Clear();
            return Refusal.Of(RefusalCode.ListingAlreadyAwaitingReview);
        }
    }

    /// <summary>A listing request as the audit trail records it.</summary>
    private sealed record RequestValues(string DisplayName, string CountryCode, string LandingPageUrl, string Batch, bool Attested);
}
