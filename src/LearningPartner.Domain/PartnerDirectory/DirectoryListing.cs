using LearningPartner.Domain.Common;

namespace LearningPartner.Domain.PartnerDirectory;

/// <summary>
/// A partner's request to be listed in the public directory, or to change its listing (R-DIR-1..4). It joins the
/// monthly batch of its request date; a directory editor approves it — it is published on the batch's publication
/// date — or rejects it with a reason. Whether a listing shows is derived when read (<see cref="DirectoryPublication"/>).
/// </summary>
public sealed class DirectoryListing : IVersioned
{
    private DirectoryListing()
    {
        DisplayName = string.Empty;
        CountryCode = string.Empty;
        LandingPageUrl = string.Empty;
        RequestedBy = string.Empty;
    }

    public DirectoryListing(int partnerOrganisationId, ListingDetails details, ListingAttestation attestation, string requestedBy,
        DateOnly requestedOn, DateTimeOffset requestedAt, ListingLogo? logo = null)
    {
        if (!attestation.IsComplete)
        {
            throw new ArgumentException("The partner attests all three conditions of R-DIR-3.", nameof(attestation));
        }

        PartnerOrganisationId = partnerOrganisationId;
        DisplayName = details.DisplayName;
        CountryCode = details.CountryCode;
        LandingPageUrl = details.LandingPageUrl;
        Description = details.Description;
        LogoStorageKey = logo?.StorageKey;
        LogoContentType = logo?.ContentType;
        RequestedBy = Guard.Text(requestedBy, 300, nameof(requestedBy));
        RequestedOn = requestedOn;
        RequestedAt = requestedAt;
        var batch = DirectoryBatch.For(requestedOn);
        BatchYear = batch.Year;
        BatchMonth = batch.Month;
        Status = ListingStatus.Requested;
        PendingPartnerOrganisationId = partnerOrganisationId;
    }

    public int Id { get; private set; }

    public int PartnerOrganisationId { get; private set; }

    public string DisplayName { get; private set; }

    public string CountryCode { get; private set; }

    public string LandingPageUrl { get; private set; }

    /// <summary>Issue 24: the short description the partner submits; shown on its directory page once approved.</summary>
    public string? Description { get; private set; }

    /// <summary>
    /// Issue 24: the stored logo of this request (a document store key), or null. A change that keeps the logo carries the
    /// published listing's key, so each listing row is complete and only what an editor approved is ever public.
    /// </summary>
    public string? LogoStorageKey { get; private set; }

    public string? LogoContentType { get; private set; }

    public string RequestedBy { get; private set; }

    /// <summary>The program calendar date of the request: it decides the batch (R-DIR-4).</summary>
    public DateOnly RequestedOn { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public int BatchYear { get; private set; }

    public int BatchMonth { get; private set; }

    public ListingStatus Status { get; private set; }

    /// <summary>R-DIR-4: set on approval to the batch's publication date; the listing shows from this date.</summary>
    public DateOnly? PublishOn { get; private set; }

    public string? ReviewedBy { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    /// <summary>Why the editor rejected it, shown to the partner.</summary>
    public string? RejectionReason { get; private set; }

    /// <summary>
    /// The partner's id while the request awaits review; null once reviewed. Unique in the database: one pending request
    /// per partner, however often the form is sent.
    /// </summary>
    public int? PendingPartnerOrganisationId { get; private set; }

    public Guid Version { get; set; }

    public DirectoryBatch Batch => new(BatchYear, BatchMonth);

    public ListingDetails Details => new(DisplayName, CountryCode, LandingPageUrl, Description);

    public ListingLogo? Logo => LogoStorageKey is null || LogoContentType is null ? null : new ListingLogo(LogoStorageKey, LogoContentType);

    /// <summary>
    /// R-DIR-3, R-DIR-4: the editor confirmed all three conditions; the listing is published on the batch's date, or on
    /// the day of the approval (<paramref name="approvedOn"/>, the program's date) when that is later: a listing is never
    /// shown as published before it was approved.
    /// </summary>
    public void Approve(string editor, DateTimeOffset at, DateOnly approvedOn, ListingAttestation confirmed)
    {
        if (!confirmed.IsComplete)
        {
            throw new ArgumentException("The editor confirms all three conditions of R-DIR-3 before approving.", nameof(confirmed));
        }

        Review(ListingStatus.Approved, editor, at, null);
        PublishOn = approvedOn > Batch.PublishOn ? approvedOn : Batch.PublishOn;
    }

    public void Reject(string editor, DateTimeOffset at, string reason) =>
        Review(ListingStatus.Rejected, editor, at, Guard.Text(reason, 1000, nameof(reason)));

    private void Review(ListingStatus outcome, string editor, DateTimeOffset at, string? reason)
    {
        if (Status != ListingStatus.Requested)
        {
            throw new InvalidOperationException("A listing request is reviewed once.");
        }

        Status = outcome;
        ReviewedBy = Guard.Text(editor, 300, nameof(editor));
        ReviewedAt = at;
        RejectionReason = reason;
        PendingPartnerOrganisationId = null;
    }
}
