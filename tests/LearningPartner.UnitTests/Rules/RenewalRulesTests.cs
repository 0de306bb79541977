using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Programs;
using LearningPartner.Domain.Trainers;

namespace LearningPartner.UnitTests.Rules;

/// <summary>R-RNW-1 and R-GLD-2 at an anniversary date, on the small rule set (silver 100 KPI / 2 MCTs, gold 300 / 4).</summary>
public sealed class RenewalRulesTests
{
    private static readonly DateOnly Anniversary = new(2026, 3, 10);

    [Theory]
    [InlineData(LearningLevel.Gold, 300, 4, LearningLevel.Gold)]
    [InlineData(LearningLevel.Gold, 150, 4, LearningLevel.Silver)]             // steps down to silver
    [InlineData(LearningLevel.Gold, 50, 2, LearningLevel.LearningActionPack)]  // …or falls back to the LAP
    [InlineData(LearningLevel.Silver, 300, 4, LearningLevel.Silver)]           // meeting gold does not renew silver as gold
    [InlineData(LearningLevel.Silver, 99, 2, LearningLevel.LearningActionPack)] // first-year renewal failing on KPIs (R-FY-1)
    [InlineData(LearningLevel.LearningActionPack, 0, 1, LearningLevel.LearningActionPack)]
    public void RenewsAtTheLevelMetOnTheAnniversary(LearningLevel held, int kpi, int mcts, LearningLevel expected) =>
        Assert.Equal(expected, RenewalRules.LevelAtRenewal(Evaluate(kpi, mcts), held, held == LearningLevel.LearningActionPack ? null : "SECURITY"));

    [Fact]
    public void WithoutAnMctNothingRenews() =>
        Assert.Null(RenewalRules.LevelAtRenewal(Evaluate(500, 0), LearningLevel.Silver, "SECURITY"));

    private static EligibilityResult Evaluate(int kpi, int mcts) =>
        EligibilityEvaluator.Evaluate(TestRuleSets.Small(), Anniversary, new PartnerFacts("US",
            Enumerable.Range(1, mcts).Select(i => new Trainer(1, $"T{i}", $"MCT{i}", Anniversary.AddYears(1), TestFacts.Verified)).ToList(),
            [new ExamPass(1, "SC-900", "A", Anniversary.AddDays(-50), TestFacts.Verified), new ExamPass(1, "SC-200", "A", Anniversary.AddDays(-50), TestFacts.Verified)],
            new KpiTotals(new Dictionary<string, decimal> { ["courseware"] = kpi })));
}
