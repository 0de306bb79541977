using System.Globalization;
using LearningPartner.Domain.PartnerDirectory;
using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Notifications;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Time;
using LearningPartner.Web.Features.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.PartnerDirectory;

/// <summary>
/// The directory editors' monthly batch (R-DIR-3, R-DIR-4, R-ROLE-3): pending requests grouped by batch, the current one
/// first; approval schedules publication on the batch's date, only for a partner holding a learning option (R-DIR-5);
/// rejection gives the partner a reason. Each review is audited, notified to the partner, and applied once.
/// </summary>
public sealed class DirectoryReviewService(
    PortalDbContext db,
    HeldOptions heldOptions,
    AuditTrail audit,
    PartnerNotifier notifier,
    NotificationSignal signal,
    DirectorySnapshots snapshots,
    ICurrentActor actor,
    ProgramClock clock,
    IStringLocalizer<SharedResource> localizer)
{
    public async Task<DirectoryQueueViewModel> GetQueueAsync(CancellationToken cancellationToken)
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
        return new DirectoryQueueViewModel(today, batches, reviewed.Select(Item).ToList());
    }

    /// <summary>Approves with the editor's checks. Null: no such request; otherwise the outcome.</summary>
    public async Task<FormOutcome?> ApproveAsync(int listingId, ListingReviewInput input, CancellationToken cancellationToken)
    {
        var listing = await db.DirectoryListings.FirstOrDefaultAsync(l => l.Id == listingId, cancellationToken);
        if (listing is null)
        {
            return null;
        }

        if (!input.Confirmed.IsComplete)
        {
            return FormOutcome.Failure(localizer["Confirm all three conditions of the landing page before approving (R-DIR-3)."]);
        }

        // R-DIR-5: only partners with an active learning option are approved.
        if (!(await heldOptions.OnAsync(clock.Today, [listing.PartnerOrganisationId], cancellationToken)).ContainsKey(listing.PartnerOrganisationId))
        {
            return FormOutcome.Failure(localizer["The partner holds no active learning option today, so it cannot be listed (R-DIR-5); reject the request with a reason instead."]);
        }

        return await ReviewAsync(listing, input.Version, "DirectoryListingApproved", l => l.Approve(actor.Describe(), clock.Now, clock.Today, input.Confirmed),
            l => ($"Your directory listing is approved: published on {l.PublishOn:yyyy-MM-dd}",
                $"The directory editors approved your listing \"{l.DisplayName}\" in the batch of {l.Batch}. It shows in the public Learning Partner directory from {l.PublishOn:yyyy-MM-dd}, while you hold a learning option."),
            cancellationToken);
    }

    /// <summary>Rejects with the reason the partner sees. Null: no such request; otherwise the outcome.</summary>
    public async Task<FormOutcome?> RejectAsync(int listingId, Guid version, string reason, CancellationToken cancellationToken)
    {
        var listing = await db.DirectoryListings.FirstOrDefaultAsync(l => l.Id == listingId, cancellationToken);
        return listing is null
            ? null
            : await ReviewAsync(listing, version, "DirectoryListingRejected", l => l.Reject(actor.Describe(), clock.Now, reason.Trim()),
                l => ("Your directory listing request was not approved", $"The directory editors did not approve your listing \"{l.DisplayName}\": {l.RejectionReason}"),
                cancellationToken);
    }

    private async Task<FormOutcome> ReviewAsync(DirectoryListing listing, Guid version, string action, Action<DirectoryListing> review,
        Func<DirectoryListing, (string Subject, string Body)> notice, CancellationToken cancellationToken)
    {
        if (listing.Status != ListingStatus.Requested || listing.Version != version)
        {
            return Conflict();
        }

        var partnerId = await db.PartnerOrganisations.Where(o => o.Id == listing.PartnerOrganisationId).Select(o => o.PartnerId).FirstAsync(cancellationToken);
        try
        {
            db.Entry(listing).Property(l => l.Version).OriginalValue = version;
            review(listing);
            audit.Record(action, nameof(DirectoryListing), listing.Id.ToString(CultureInfo.InvariantCulture), listing.PartnerOrganisationId,
                new { Status = ListingStatus.Requested.ToString() }, new { Status = listing.Status.ToString(), listing.PublishOn },
                listing.RejectionReason);
            var (subject, body) = notice(listing);
            await notifier.NotifyAsync(listing.PartnerOrganisationId, subject, body, $"/partners/{partnerId}/directory", cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Conflict();
        }

        signal.Poke();
        snapshots.Invalidate(); // a late approval may publish at once
        return FormOutcome.Success;
    }

    private FormOutcome Conflict() => FormOutcome.Failure(localizer["This request was reviewed or changed meanwhile; the page now shows where it is."]);
}
