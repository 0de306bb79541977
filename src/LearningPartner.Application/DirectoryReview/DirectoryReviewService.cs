using LearningPartner.Application.Common;
using LearningPartner.Application.Directory;
using LearningPartner.Domain.Notifications;
using LearningPartner.Domain.PartnerDirectory;
using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Notifications;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.DirectoryReview;

/// <summary>
/// The directory editors' monthly batch (R-DIR-3, R-DIR-4, R-ROLE-3): pending requests grouped by batch, the current one
/// first; approval schedules publication on the batch's date, only for a partner holding a learning option (R-DIR-5);
/// rejection gives the partner a reason. Each review is audited, notified to the partner, and applied once.
/// </summary>
public sealed class DirectoryReviewService(
    PortalDbContext db,
    HeldOptions heldOptions,
    AuditLog audit,
    PartnerNotifier notifier,
    NotificationSignal signal,
    DirectorySnapshots snapshots,
    IPortalLinks links,
    ICurrentActor actor,
    ProgramClock clock)
{
    public async Task<DirectoryQueue> GetQueueAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var pending = await db.DirectoryListings.AsNoTracking().Where(l => l.Status == ListingStatus.Requested)
            .OrderBy(l => l.BatchYear).ThenBy(l => l.BatchMonth).ThenBy(l => l.RequestedAt).ThenBy(l => l.Id).Take(500).ToListAsync(cancellationToken);
        var reviewed = await db.DirectoryListings.AsNoTracking().Where(l => l.Status != ListingStatus.Requested)
            .OrderByDescending(l => l.ReviewedAt).ThenByDescending(l => l.Id).Take(30).ToListAsync(cancellationToken);
        var organisationIds = pending.Concat(reviewed).Select(l => l.PartnerOrganisationId).Distinct().ToList();
        var organisations = await db.PartnerOrganisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => (o.PartnerId, o.Name), cancellationToken);
        var levels = await heldOptions.OnAsync(today, organisationIds, cancellationToken);
        // The listing each pending request would replace: the partner's latest approved one (published or scheduled).
        var pendingIds = pending.Select(l => l.PartnerOrganisationId).ToList();
        var approved = (await db.DirectoryListings.AsNoTracking()
                .Where(l => l.Status == ListingStatus.Approved && pendingIds.Contains(l.PartnerOrganisationId)).ToListAsync(cancellationToken))
            .GroupBy(l => l.PartnerOrganisationId)
            .ToDictionary(g => g.Key, g => ListingRow.Of(g.OrderBy(l => l.PublishOn).ThenBy(l => l.Id).Last()));

        ListingReviewItem Item(DirectoryListing l) => new(ListingRow.Of(l), organisations[l.PartnerOrganisationId].PartnerId,
            organisations[l.PartnerOrganisationId].Name, levels.GetValueOrDefault(l.PartnerOrganisationId, ListingLevel.None),
            l.Status == ListingStatus.Requested ? approved.GetValueOrDefault(l.PartnerOrganisationId) : null);

        // R-DIR-4: the batch under review is the latest whose third week has begun; it comes first, then the others in order.
        var current = DirectoryBatch.UnderReviewOn(today);
        var batches = pending.GroupBy(l => l.Batch)
            .Select(g => new ListingBatchGroup(g.Key, g.Key == current, g.Select(Item).ToList()))
            .OrderByDescending(g => g.IsCurrent).ThenBy(g => g.Batch.Year).ThenBy(g => g.Batch.Month)
            .ToList();
        return new DirectoryQueue(today, batches, reviewed.Select(Item).ToList());
    }

    /// <summary>Approves with the editor's checks of the landing page (R-DIR-3): published on its batch's date (R-DIR-4).</summary>
    public async Task<Result> ApproveAsync(int listingId, Guid version, ListingAttestation confirmed, CancellationToken cancellationToken)
    {
        var listing = await db.DirectoryListings.FirstOrDefaultAsync(l => l.Id == listingId, cancellationToken);
        if (listing is null)
        {
            return Result.NotFound();
        }

        if (!confirmed.IsComplete)
        {
            return Refusal.Of(RefusalCode.ListingChecksIncomplete);
        }

        // R-DIR-5: only partners with an active learning option are approved.
        if (!(await heldOptions.OnAsync(clock.Today, [listing.PartnerOrganisationId], cancellationToken)).ContainsKey(listing.PartnerOrganisationId))
        {
            return Refusal.Of(RefusalCode.ListingPartnerHoldsNoOption);
        }

        return await ReviewAsync(listing, version, AuditAction.DirectoryListingApproved, l => l.Approve(actor.Describe(), clock.Now, clock.Today, confirmed),
            NoticeKind.ListingApproved,
            cancellationToken);
    }

    /// <summary>Rejects with the reason the partner sees.</summary>
    public async Task<Result> RejectAsync(int listingId, Guid version, string reason, CancellationToken cancellationToken)
    {
        var listing = await db.DirectoryListings.FirstOrDefaultAsync(l => l.Id == listingId, cancellationToken);
        return listing is null
            ? Result.NotFound()
            : await ReviewAsync(listing, version, AuditAction.DirectoryListingRejected, l => l.Reject(actor.Describe(), clock.Now, reason.Trim()),
                NoticeKind.ListingRejected,
                cancellationToken);
    }

    private async Task<Result> ReviewAsync(DirectoryListing listing, Guid version, AuditAction action, Action<DirectoryListing> review,
        NoticeKind notice, CancellationToken cancellationToken)
    {
        if (listing.Status != ListingStatus.Requested || listing.Version != version)
        {
            return Refusal.Of(RefusalCode.ListingReviewedMeanwhile);
        }

        var partnerId = await notifier.PartnerIdAsync(listing.PartnerOrganisationId, cancellationToken);
        try
        {
            db.Entry(listing).Property(l => l.Version).OriginalValue = version;
            review(listing);
            audit.Record(action, AuditSubject.Of(listing), new ReviewValues(ListingStatus.Requested.ToString()),
                new ReviewValues(listing.Status.ToString(), listing.PublishOn), listing.RejectionReason);
            var facts = new ListingDecisionFacts(listing.DisplayName, listing.Batch.ToString(), listing.PublishOn, listing.RejectionReason);
            await notifier.NotifyActiveMembersAsync(listing.PartnerOrganisationId, notice, facts.ToJson(), links.Listing(partnerId), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Refusal.Of(RefusalCode.ListingReviewedMeanwhile);
        }

        signal.Poke();
        snapshots.Invalidate(); // a late approval may publish at once
        return Result.Done();
    }

    /// <summary>A review as the audit trail records it: the request's status, and when it is published.</summary>
    private sealed record ReviewValues(string Status, DateOnly? PublishOn = null);
}
