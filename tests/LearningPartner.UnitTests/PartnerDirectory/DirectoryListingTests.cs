using LearningPartner.Domain.PartnerDirectory;

namespace LearningPartner.UnitTests.PartnerDirectory;

/// <summary>R-DIR-3, R-DIR-4: a request joins its batch, is attested, approved with the editor's checks or rejected, once.</summary>
public sealed class DirectoryListingTests
{
    private static readonly ListingAttestation All = new(true, true, true);
    private static readonly DateTimeOffset At = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2026-11-14", 2026, 11, "2026-12-07")]
    [InlineData("2026-11-21", 2026, 11, "2026-12-07")]
    [InlineData("2026-11-22", 2026, 12, "2027-01-07")]
    [InlineData("2026-12-31", 2027, 1, "2027-02-07")]
    public void ARequestJoinsTheBatchOfItsDateAndIsPublishedOnItsDayWhenApproved(string requested, int year, int month, string publishOn)
    {
        var listing = Request(DateOnly.Parse(requested, System.Globalization.CultureInfo.InvariantCulture));

        listing.Approve("editor", At, listing.RequestedOn, All);

        Assert.Equal((new DirectoryBatch(year, month), ListingStatus.Approved, (int?)null),
            (listing.Batch, listing.Status, listing.PendingPartnerOrganisationId));
        Assert.Equal(DateOnly.Parse(publishOn, System.Globalization.CultureInfo.InvariantCulture), listing.PublishOn);
    }

    [Theory]
    [InlineData("2026-12-07", "2026-12-07")] // approved on the publication day: published that day
    [InlineData("2026-12-08", "2026-12-08")] // approved late: published from the approval, never shown as earlier
    [InlineData("2027-01-20", "2027-01-20")]
    [InlineData("2026-11-30", "2026-12-07")] // approved early: waits for the batch's day
    public void ALateApprovalIsPublishedOnTheDayOfTheApproval(string approvedOn, string publishOn)
    {
        var listing = Request(new DateOnly(2026, 11, 16)); // batch 2026-11, published 2026-12-07 (R-DIR-4)

        listing.Approve("editor", At, DateOnly.Parse(approvedOn, System.Globalization.CultureInfo.InvariantCulture), All);

        Assert.Equal(DateOnly.Parse(publishOn, System.Globalization.CultureInfo.InvariantCulture), listing.PublishOn);
    }

    [Fact]
    public void APendingRequestHoldsThePartnersKey() => Assert.Equal(7, Request(new DateOnly(2026, 11, 3)).PendingPartnerOrganisationId);

    [Theory]
    [InlineData(false, true, true)]
    [InlineData(true, false, true)]
    [InlineData(true, true, false)]
    public void EachConditionIsAttestedByThePartnerAndConfirmedByTheEditor(bool onlyAbout, bool noCompetitors, bool owned)
    {
        var missing = new ListingAttestation(onlyAbout, noCompetitors, owned);

        Assert.Throws<ArgumentException>(() => new DirectoryListing(7, Details(), missing, "admin", new DateOnly(2026, 11, 3), At));
        Assert.Throws<ArgumentException>(() => Request(new DateOnly(2026, 11, 3)).Approve("editor", At, new DateOnly(2026, 11, 3), missing));
    }

    [Fact]
    public void ARejectionKeepsItsReasonAndNothingIsPublished()
    {
        var listing = Request(new DateOnly(2026, 11, 3));

        listing.Reject("editor", At, "The page lists another training company.");

        Assert.Equal((ListingStatus.Rejected, (DateOnly?)null, "The page lists another training company."),
            (listing.Status, listing.PublishOn, listing.RejectionReason));
        Assert.Throws<InvalidOperationException>(() => listing.Approve("editor", At, new DateOnly(2026, 11, 25), All));
    }

    private static DirectoryListing Request(DateOnly on) => new(7, Details(), All, "admin", on, At);

    private static ListingDetails Details() => new("Contoso Learning", "US", "https://contoso-learning.example/microsoft");
}
