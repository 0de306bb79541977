using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Programs;

namespace LearningPartner.UnitTests.Enrollments;

public sealed class EnrollmentTests
{
    private static readonly DateTimeOffset Created = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ActivationOnConfirmationDateAndFirstAnniversaryAYearLater()
    {
        var enrollment = new Enrollment(1, LearningLevel.Silver, "CLOUD-PLATFORM", Created);

        enrollment.Activate(new DateOnly(2026, 3, 10));

        Assert.Equal(new DateOnly(2026, 3, 10), enrollment.ActivationDate);
        Assert.Equal(new DateOnly(2027, 3, 10), enrollment.AnniversaryDate);
    }

    [Fact]
    public void ActivationOn29FebruaryHasItsAnniversaryOn28February()
    {
        var enrollment = new Enrollment(1, LearningLevel.LearningActionPack, null, Created);

        enrollment.Activate(new DateOnly(2028, 2, 29));

        Assert.Equal(new DateOnly(2029, 2, 28), enrollment.AnniversaryDate);
    }

    [Fact]
    public void RenewalMovesTheAnniversaryFromTheOldOneNotFromThePaymentDate()
    {
        // R-DATE-3: however late in grace it is paid, the AD sequence is kept.
        var enrollment = new Enrollment(1, LearningLevel.Gold, "DATA-PLATFORM", Created);
        enrollment.Activate(new DateOnly(2025, 6, 15));

        enrollment.Renew(new ExtendedAnniversary(new DateOnly(2026, 6, 15), new DateOnly(2026, 6, 15), null));

        Assert.Equal(new DateOnly(2027, 6, 15), enrollment.AnniversaryDate);
    }

    [Fact]
    public void TheLearningActionPackHasNoCompetencyAndSilverNeedsOne()
    {
        Assert.Throws<ArgumentException>(() => new Enrollment(1, LearningLevel.LearningActionPack, "SECURITY", Created));
        Assert.Throws<ArgumentException>(() => new Enrollment(1, LearningLevel.Silver, null, Created));
    }

    [Fact]
    public void OnlyAnActiveEnrollmentRenews() =>
        Assert.Throws<InvalidOperationException>(() => new Enrollment(1, LearningLevel.Silver, "SECURITY", Created)
            .Renew(new ExtendedAnniversary(new DateOnly(2026, 6, 15), new DateOnly(2026, 6, 15), null)));

    [Fact]
    public void RenewalAfterAnExtensionRunsFromTheExtendedAnniversary()
    {
        // R-EXT-1: AD 2021-02-10 extended by 6 months to 2021-08-10; renewed → 2022-08-10.
        var enrollment = new Enrollment(1, LearningLevel.Silver, "SECURITY", Created);
        enrollment.Activate(new DateOnly(2020, 2, 10));

        enrollment.Renew(new ExtendedAnniversary(new DateOnly(2021, 2, 10), new DateOnly(2021, 8, 10), null));

        Assert.Equal(new DateOnly(2022, 8, 10), enrollment.AnniversaryDate);
    }

    [Fact]
    public void OnlyTheLearningActionPackHasAMarketplaceProfileStep()
    {
        var silver = new Enrollment(1, LearningLevel.Silver, "SECURITY", Created);
        var pack = new Enrollment(1, LearningLevel.LearningActionPack, null, Created);

        pack.CompleteMarketplaceProfile(new DateOnly(2026, 2, 1));

        Assert.Equal(new DateOnly(2026, 2, 1), pack.MarketplaceProfileCompletedOn);
        Assert.Throws<InvalidOperationException>(() => silver.CompleteMarketplaceProfile(new DateOnly(2026, 2, 1)));
    }
}
