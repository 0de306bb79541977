using LearningPartner.Domain.PartnerDirectory;

namespace LearningPartner.UnitTests.Rules;

/// <summary>R-DIR-4: days 1–21 join this month's batch, later days next month's; published on the 7th after it.</summary>
public sealed class DirectoryBatchTests
{
    [Theory]
    [InlineData("2026-03-01", 2026, 3, "2026-04-07")]
    [InlineData("2026-03-15", 2026, 3, "2026-04-07")]
    [InlineData("2026-03-21", 2026, 3, "2026-04-07")] // the last day of the third week
    [InlineData("2026-03-22", 2026, 4, "2026-05-07")]
    [InlineData("2026-02-28", 2026, 3, "2026-04-07")]
    [InlineData("2026-12-25", 2027, 1, "2027-02-07")] // December → next year's January batch
    [InlineData("2026-11-21", 2026, 11, "2026-12-07")]
    public void BatchAndPublicationDate(string requested, int year, int month, string publishOn)
    {
        var batch = DirectoryBatch.For(DateOnly.Parse(requested, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(new DirectoryBatch(year, month), batch);
        Assert.Equal(DateOnly.Parse(publishOn, System.Globalization.CultureInfo.InvariantCulture), batch.PublishOn);
        Assert.Equal(new DateOnly(year, month, 15), batch.ReviewFrom);
        Assert.Equal(new DateOnly(year, month, 21), batch.ReviewTo);
    }

    [Theory]
    [InlineData("2026-11-14", 2026, 10)] // before the third week: October's batch is still the one to finish
    [InlineData("2026-11-15", 2026, 11)]
    [InlineData("2026-11-25", 2026, 11)] // after it, November's is late but still the one under review
    [InlineData("2027-01-03", 2026, 12)]
    public void TheBatchUnderReview(string date, int year, int month) =>
        Assert.Equal(new DirectoryBatch(year, month), DirectoryBatch.UnderReviewOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
}
