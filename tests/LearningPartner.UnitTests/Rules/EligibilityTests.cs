using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Programs;
using LearningPartner.Domain.Trainers;

namespace LearningPartner.UnitTests.Rules;

/// <summary>R-LAP-1, R-CMP-1, R-CMP-2, R-SLV-1, R-GLD-1, R-GLD-2 on the small rule set of <see cref="TestRuleSets.Small"/>.</summary>
public sealed class EligibilityTests
{
    private static readonly DateOnly Evaluation = new(2026, 3, 10);

    [Fact]
    public void ExactlyAtTheSilverThresholdMeetsIt()
    {
        var result = Evaluate(kpi: 100m, mcts: 2, exams: ["SC-900"]);

        var silver = result.Competency("SECURITY")!.Silver!;
        Assert.True(silver.IsMet);
        Assert.All(silver.Checks, c => Assert.Equal("R-SLV-1", c.RuleId));
    }

    [Fact]
    public void OneUnitBelowTheThresholdMissesItByOne()
    {
        var result = Evaluate(kpi: 99m, mcts: 2, exams: ["SC-900"]);

        var kpi = Assert.Single(result.Competency("SECURITY")!.Silver!.Missing);
        Assert.Equal(RequirementKind.Kpi, kpi.Kind);
        Assert.Equal(100m, kpi.Required);
        Assert.Equal(99m, kpi.Actual);
        Assert.Equal(1m, kpi.Shortfall);
    }

    [Fact]
    public void AnMctWhoseValidityEndedTheDayBeforeDoesNotCount()
    {
        var trainers = new[]
        {
            new Trainer(1, "A", "MCT1", Evaluation, TestFacts.Verified),            // valid through the evaluation date
            new Trainer(1, "B", "MCT2", Evaluation.AddDays(-1), TestFacts.Verified), // ended the day before
        };

        var result = Evaluate(kpi: 500m, trainers: trainers, exams: ["SC-900"]);

        var mct = result.Competency("SECURITY")!.Silver!.Checks.Single(c => c.Kind == RequirementKind.Mct);
        Assert.Equal(1m, mct.Actual);
        Assert.Equal(1m, mct.Shortfall);
        Assert.True(result.LearningActionPack.IsMet);
    }

    [Fact]
    public void TheSameMctEnteredTwiceCountsOnce()
    {
        var trainers = new[] { new Trainer(1, "A", "MCT1", Evaluation, TestFacts.Verified), new Trainer(1, "A again", "mct1", Evaluation, TestFacts.Verified) };

        var result = Evaluate(kpi: 500m, trainers: trainers, exams: ["SC-900"]);

        Assert.Equal(1m, result.Competency("SECURITY")!.Silver!.Checks.Single(c => c.Kind == RequirementKind.Mct).Actual);
    }

    [Fact]
    public void ExamsCountDistinctCodesOfTheListPassedByTheEvaluationDate()
    {
        var exams = new[]
        {
            new ExamPass(1, "SC-900", "A", Evaluation.AddDays(-30), TestFacts.Verified),
            new ExamPass(1, "SC-900", "B", Evaluation.AddDays(-20), TestFacts.Verified), // same exam again
            new ExamPass(1, "AZ-104", "C", Evaluation.AddDays(-10), TestFacts.Verified), // not on the list
            new ExamPass(1, "SC-200", "D", Evaluation.AddDays(1), TestFacts.Verified),   // after the evaluation date
        };

        var result = EligibilityEvaluator.Evaluate(TestRuleSets.Small(), Evaluation,
            new PartnerFacts("US", Mcts(4), exams, Totals(400m)));

        var gold = result.Competency("SECURITY")!.Gold!.Checks.Single(c => c.Kind == RequirementKind.Exams);
        Assert.Equal(2m, gold.Required);
        Assert.Equal(1m, gold.Actual);
        Assert.Equal(["SC-200", "SC-300"], gold.StillNeeded);
        Assert.Equal("R-GLD-1", gold.RuleId);
    }

    [Fact]
    public void ThresholdsFollowThePartnersRegionGroup()
    {
        // R-CMP-2: CN is in the default "growth" group, whose silver threshold is 50.
        var china = EligibilityEvaluator.Evaluate(TestRuleSets.Small(), Evaluation,
            new PartnerFacts("CN", Mcts(2), Passed("SC-900"), Totals(50m)));
        var germany = EligibilityEvaluator.Evaluate(TestRuleSets.Small(), Evaluation,
            new PartnerFacts("DE", Mcts(2), Passed("SC-900"), Totals(50m)));

        Assert.Equal("growth", china.RegionGroup);
        Assert.True(china.Competency("SECURITY")!.Silver!.IsMet);
        Assert.False(germany.Competency("SECURITY")!.Silver!.IsMet);
    }

    [Theory]
    [InlineData(300, 4, LearningLevel.Gold)]
    [InlineData(299, 4, LearningLevel.Silver)]              // R-GLD-2: a gold holder meeting only silver steps down
    [InlineData(300, 3, LearningLevel.Silver)]
    [InlineData(99, 4, LearningLevel.LearningActionPack)]   // …and one meeting neither falls back to the LAP
    public void TheHighestOptionMetIsOffered(int kpi, int mcts, LearningLevel expected)
    {
        var result = Evaluate(kpi: kpi, mcts: mcts, exams: ["SC-900", "SC-200"]);

        Assert.Equal(expected, result.HighestOffer("SECURITY"));
        Assert.Equal(expected, result.HighestOfferOverall);
    }

    [Fact]
    public void WithoutAnMctNothingIsOffered()
    {
        var result = Evaluate(kpi: 1000m, mcts: 0, exams: ["SC-900", "SC-200"]);

        Assert.Null(result.HighestOffer("SECURITY"));
        Assert.Equal("R-LAP-1", Assert.Single(result.LearningActionPack.Missing).RuleId);
    }

    [Fact]
    public void TheFirstAnniversaryIsCheckedLikeEveryOther()
    {
        // R-FY-1: activated 2025-03-10, first AD 2026-03-10, evaluated on the AD with the window 2025-03 … 2026-02.
        var result = Evaluate(kpi: 40m, mcts: 2, exams: ["SC-900"]);

        Assert.Equal(new MonthRange(new DateOnly(2025, 3, 1), new DateOnly(2026, 3, 1)), result.KpiWindow);
        Assert.False(result.Competency("SECURITY")!.Silver!.IsMet);
        Assert.Equal(LearningLevel.LearningActionPack, result.HighestOffer("SECURITY"));
    }

    [Fact]
    public void ARuleSetOfAnotherProgramYearIsRefused()
    {
        // R-PRG-1: the small rule set is FY2026 (2025-07-01 … 2026-06-30).
        Assert.Throws<ArgumentException>(() => EligibilityEvaluator.Evaluate(TestRuleSets.Small(), new DateOnly(2026, 7, 1),
            new PartnerFacts("US", Mcts(2), [], KpiTotals.None)));
    }

    private static EligibilityResult Evaluate(decimal kpi, int mcts = 2, string[]? exams = null, Trainer[]? trainers = null) =>
        EligibilityEvaluator.Evaluate(TestRuleSets.Small(), Evaluation,
            new PartnerFacts("US", trainers ?? Mcts(mcts), Passed(exams ?? []), Totals(kpi)));

    private static Trainer[] Mcts(int count) =>
        Enumerable.Range(1, count).Select(i => new Trainer(1, $"Trainer {i}", $"MCT{i}", Evaluation.AddYears(1), TestFacts.Verified)).ToArray();

    private static ExamPass[] Passed(params string[] codes) =>
        codes.Select(c => new ExamPass(1, c, "Someone", Evaluation.AddDays(-100), TestFacts.Verified)).ToArray();

    private static KpiTotals Totals(decimal courseware) => new(new Dictionary<string, decimal> { ["courseware"] = courseware });
}
