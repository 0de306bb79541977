using LearningPartner.Application.Common;
using LearningPartner.Application.Directory;
using LearningPartner.Domain.PartnerDirectory;
using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Storage;
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
    DocumentStore store,
    AuditLog audit,
    ICurrentActor actor,
    ProgramClock clock)
{
    /// <summary>The form field the logo is sent in.</summary>
    public const string LogoField = "Logo";

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

    /// <summary>
    /// Stores the request in the batch of today (R-DIR-4), with the partner's attestations (R-DIR-3), its description and
    /// logo (issue 24): a new logo file, or the logo of the listing shown now kept, or none. Each request is a whole listing,
    /// so the published one stays as it is until an editor approves this one.
    /// </summary>
    public async Task<Result> RequestAsync(PartnerContext partner, ListingDetails details, ListingAttestation attestation, ListingLogoChange logo,
        CancellationToken cancellationToken)
    {
        var page = await GetAsync(partner, cancellationToken);
        // R-DIR-5: only partners with an active learning option can be listed.
        if (!page.Level.HoldsAnOption)
        {
            return Refusal.Of(RefusalCode.ListingNeedsHeldOption);
        }

        ListingLogoUpload? upload = null;
        if (logo.File is { Length: > 0 } file)
        {
            (upload, var refusal) = await ListingLogoUpload.ReadAsync(file, LogoField, cancellationToken);
            if (upload is null)
            {
                return refusal!;
            }
        }

        var key = upload is null ? null : await store.SaveAsync(upload.Content, cancellationToken);
        var kept = logo.Remove || upload is not null ? null : page.Current?.Logo;
        var newLogo = key is not null ? new ListingLogo(key, upload!.ContentType) : kept;
        var listing = new DirectoryListing(partner.OrganisationId, details, attestation, actor.Describe(), clock.Today, clock.Now, newLogo);
        try
        {
            await db.InTransactionAsync(async ct =>
            {
                db.DirectoryListings.Add(listing);
                await db.SaveChangesAsync(ct);
                audit.Record(AuditAction.DirectoryListingRequested, AuditSubject.Of(listing), null,
                    new RequestValues(listing.DisplayName, listing.CountryCode, listing.LandingPageUrl, listing.Batch.ToString(), Attested: true,
                        listing.Description, upload is not null ? new LogoValues(upload.FileName, upload.ContentType, upload.Content.Length)
                            : newLogo is not null ? new LogoValues("(kept)", newLogo.ContentType, null) : null));
                return await db.SaveChangesAsync(ct);
            }, cancellationToken);
            return Result.Done();
        }
        catch (DbUpdateException)
        {
            // The unique pending key: a request already awaits review (a second click, another admin).
            db.ChangeTracker.Clear();
            if (key is not null)
            {
                store.Delete(key);
            }

            return Refusal.Of(RefusalCode.ListingAlreadyAwaitingReview);
        }
    }

    /// <summary>A listing request as the audit trail records it.</summary>
    private sealed record RequestValues(string DisplayName, string CountryCode, string LandingPageUrl, string Batch, bool Attested, string? Description,
        LogoValues? Logo);

    /// <summary>The logo of a request as the audit trail records it: the uploaded file's name, type and size, or "(kept)".</summary>
    private sealed record LogoValues(string FileName, string ContentType, int? Bytes);
}
