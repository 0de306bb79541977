using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Programs;

namespace LearningPartner.UnitTests.Rules;

/// <summary>R-EXT-1 with the two shipped windows (FY2021): ADs 2020-07-01 … 2020-12-31 and 2021-01-01 … 2021-06-30.</summary>
public sealed class ExtensionTests
{
    private static readonly IEnumerable<ExtensionWindow> Windows = TestRuleSets.Shipped.ExtensionWindows;

    [Theory]
    [InlineData("2020-06-30", "2020-06-30")] // the day before the first window
    [InlineData("2020-07-01", "2021-01-01")] // first day of the related article's window
    [InlineData("2020-12-31", "2021-06-30")] // last day: carried into the second window, and not extended again
    [InlineData("2021-01-01", "2021-07-01")] // first day of the source's window
    [InlineData("2021-06-30", "2021-12-30")] // last day of it
    [InlineData("2021-07-01", "2021-07-01")] // the day after
    public void SilverAnniversariesInAWindowMoveForwardSixMonthsOnce(string anniversary, string effective)
    {
        var result = AnniversaryExtension.Apply(LearningLevel.Silver, "CLOUD-PLATFORM", D(anniversary), Windows);

        Assert.Equal(D(effective), result.Effective);
        Assert.Equal(D(anniversary), result.Original);
        Assert.Equal(anniversary != effective, result.Extension is not null);
    }

    [Fact]
    public void CloudBusinessApplicationsIsExcludedFromThe2021Window()
    {
        var excluded = AnniversaryExtension.Apply(LearningLevel.Gold, "CLOUD-BUSINESS-APPLICATIONS", D("2021-03-01"), Windows);
        var earlierWindow = AnniversaryExtension.Apply(LearningLevel.Gold, "CLOUD-BUSINESS-APPLICATIONS", D("2020-09-01"), Windows);

        Assert.Null(excluded.Extension);
        Assert.Equal(D("2021-03-01"), excluded.Effective);
        Assert.Equal(D("2021-03-01"), earlierWindow.Effective);
    }

    [Fact]
    public void TheLearningActionPackIsNotExtended() =>
        Assert.Null(AnniversaryExtension.Apply(LearningLevel.LearningActionPack, null, D("2021-03-01"), Windows).Extension);

    [Fact]
    public void TheExtensionSaysWhy()
    {
        var result = AnniversaryExtension.Apply(LearningLevel.Gold, "SECURITY", D("2021-03-01"), Windows);

        Assert.Contains("except Cloud Business Applications", result.Extension!.Reason);
    }

    [Fact]
    public void TheRenewalWindowFollowsTheExtendedAnniversary()
    {
        // AD 2021-01-15 → 2021-07-15: requirements must be met on 2020-07 … 2021-06, not 2020-01 … 2020-12.
        var extended = AnniversaryExtension.Apply(LearningLevel.Silver, "DATA-PLATFORM", D("2021-01-15"), Windows);

        Assert.Equal(new MonthRange(D("2020-07-01"), D("2021-07-01")), KpiWindows.EligibilityWindow(extended.Effective));
    }

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
