using System.Globalization;
using LearningPartner.Domain.PartnerDirectory;
using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Time;
using LearningPartner.Web.Features.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.PartnerDirectory;

/// <summary>
/// A partner's side of the directory (R-DIR-1..5): where its listing stands today, its requests with their batch and
/// publication date, and a new request — only while it holds a learning option, one awaiting review at a time.
/// </summary>
public sealed class ListingRequestService(
    PortalDbContext db,
    HeldOptions heldOptions,
    AuditTrail audit,
    ICurrentActor actor,
    ProgramClock clock,
    IStringLocalizer<SharedResource> localizer)
{
    public async Task<ListingPageViewModel?> GetPageAsync(string partnerId, ListingInput? input, CancellationToken cancellationToken)
    {
        var organisation = await db.PartnerOrganisations.AsNoTracking().FirstOrDefaultAsync(o => o.PartnerId == partnerId, cancellationToken);
        if (organisation is null)
        {
            return null;
        }

        var today = clock.Today;
        var requests = (await db.DirectoryListings.AsNoTracking().Where(l => l.PartnerOrganisationId == organisation.Id)
            .OrderByDescending(l => l.Id).ToListAsync(cancellationToken)).Select(ListingRow.Of).ToList();
        var level = (await heldOptions.OnAsync(today, [organisation.Id], cancellationToken)).GetValueOrDefault(organisation.Id, ListingLevel.None);
        var standing = DirectoryPublication.On(today,
            requests.Where(r => r.Status == ListingStatus.Approved).Select(r => new ApprovedListing(r.Id, r.PublishOn!.Value)), level.HoldsAnOption);
        var current = requests.FirstOrDefault(r => r.Id == standing.Current?.Id);
        input ??= new ListingInput
        {
            DisplayName = current?.DisplayName ?? organisation.Name,
            CountryCode = current?.CountryCode ?? organisation.CountryCode,
            LandingPageUrl = current?.LandingPageUrl,
        };
        return new ListingPageViewModel(partnerId, organisation.Name, today, standing.State, current,
            requests.FirstOrDefault(r => r.Id == standing.Scheduled?.Id), requests.FirstOrDefault(r => r.Status == ListingStatus.Requested),
            requests, level, DirectoryBatch.For(today), input);
    }

    /// <summary>Stores the request in the batch of today; the input was validated.</summary>
    public async Task<FormOutcome> RequestAsync(int organisationId, ListingInput input, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        // R-DIR-5: only partners with an active learning option can be listed.
        if (!(await heldOptions.OnAsync(today, [organisationId], cancellationToken)).ContainsKey(organisationId))
        {
            return FormOutcome.Failure(localizer["Only a partner with an active learning option (Learning Action Pack, silver or gold) can be listed (R-DIR-5)."]);
        }

        var listing = new DirectoryListing(organisationId, new ListingDetails(input.DisplayName!, input.CountryCode!, input.LandingPageUrl!),
            new ListingAttestation(input.OnlyAboutThePartner, input.NoCompetitors, input.OwnedByThePartner), actor.Describe(), today, clock.Now);
        try
        {
            await db.InTransactionAsync(async ct =>
            {
                db.DirectoryListings.Add(listing);
                await db.SaveChangesAsync(ct);
                audit.Record("DirectoryListingRequested", nameof(DirectoryListing), listing.Id.ToString(CultureInfo.InvariantCulture), organisationId,
                    null, new { listing.DisplayName, listing.CountryCode, listing.LandingPageUrl, Batch = listing.Batch.ToString(), Attested = true });
                return await db.SaveChangesAsync(ct);
            }, cancellationToken);
            return FormOutcome.Success;
        }
        catch (DbUpdateException)
        {
            // The unique pending key: a request already awaits review (a second click, another admin).
            db.ChangeTracker.Clear();
            return FormOutcome.Failure(localizer["A listing request of your organisation already awaits review; you can send another once it is reviewed."]);
        }
    }
}
