using LearningPartner.Domain.PartnerDirectory;

namespace LearningPartner.UnitTests.PartnerDirectory;

/// <summary>R-DIR-4, R-DIR-5: what shows on a date, from publication dates and whether the partner holds an option.</summary>
public sealed class DirectoryPublicationTests
{
    private static readonly ApprovedListing First = new(1, new DateOnly(2026, 10, 7));
    private static readonly ApprovedListing Change = new(2, new DateOnly(2026, 12, 7));

    [Theory]
    [InlineData("2026-10-06", true, DirectoryState.Scheduled, null, 1)]
    [InlineData("2026-10-07", true, DirectoryState.Published, 1, 2)] // published on its day, the change still to come
    [InlineData("2026-12-06", true, DirectoryState.Published, 1, 2)]
    [InlineData("2026-12-07", true, DirectoryState.Published, 2, null)] // the change replaces it on its own day
    [InlineData("2026-12-07", false, DirectoryState.Hidden, 2, null)] // R-DIR-5: no option held → hidden, not gone
    [InlineData("2026-10-06", false, DirectoryState.Scheduled, null, 1)]
    public void TheLatestPublishedListingShowsWhileThePartnerHoldsAnOption(string date, bool holds, DirectoryState state, int? current, int? scheduled)
    {
        var standing = DirectoryPublication.On(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), [Change, First], holds);

        Assert.Equal((state, current, scheduled), (standing.State, standing.Current?.Id, standing.Scheduled?.Id));
        Assert.Equal(state == DirectoryState.Published, standing.IsShown);
    }

    [Fact]
    public void WithoutAnApprovedListingAPartnerIsNotListed() =>
        Assert.Equal(DirectoryState.NotListed, DirectoryPublication.On(new DateOnly(2026, 11, 25), [], true).State);
}
