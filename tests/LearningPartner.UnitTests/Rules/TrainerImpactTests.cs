using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Programs;
using LearningPartner.Domain.Trainers;

namespace LearningPartner.UnitTests.Rules;

/// <summary>Issue 6's trainer-turnover question on the small rule set (silver needs 2 MCTs, gold 4, the LAP 1).</summary>
public sealed class TrainerImpactTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    [Fact]
    public void APartnerExactlyAtItsMctThresholdLosesSilverWithAnyOfItsTwoTrainers()
    {
        var trainers = new[] { Mct("A", 1), Mct("B", 2) };
        var facts = Facts(trainers);

        var lost = TrainerImpact.Without(TestRuleSets.Small(), Today, facts, trainers[0], [new HeldOption(LearningLevel.Silver, "SECURITY")]);

        var requirement = Assert.Single(lost);
        Assert.Equal(LearningLevel.Silver, requirement.Level);
        Assert.Equal(RequirementKind.Mct, requirement.CheckWithout.Kind);
        Assert.Equal(1m, requirement.CheckWithout.Actual);
        Assert.Equal(2m, requirement.CheckWithout.Required);
    }

    [Fact]
    public void OneTrainerAboveTheThresholdCanLeaveWithoutLoss()
    {
        var trainers = new[] { Mct("A", 1), Mct("B", 2), Mct("C", 3) };

        var lost = TrainerImpact.Without(TestRuleSets.Small(), Today, Facts(trainers), trainers[2],
            [new HeldOption(LearningLevel.Silver, "SECURITY"), new HeldOption(LearningLevel.LearningActionPack, null)]);

        Assert.Empty(lost);
    }

    [Fact]
    public void AnExpiredTrainerLeavingChangesNothing()
    {
        var trainers = new[] { Mct("A", 1), Mct("B", 2), new Trainer(1, "Old", "MCT-OLD", Today.AddDays(-1), TestFacts.Verified) };

        Assert.Empty(TrainerImpact.Without(TestRuleSets.Small(), Today, Facts(trainers), trainers[2], [new HeldOption(LearningLevel.Silver, "SECURITY")]));
    }

    [Fact]
    public void TheOnlyTrainerTakesTheLearningActionPackWithThem()
    {
        var trainers = new[] { Mct("A", 1) };

        var lost = TrainerImpact.Without(TestRuleSets.Small(), Today, Facts(trainers), trainers[0], [new HeldOption(LearningLevel.LearningActionPack, null)]);

        Assert.Equal("R-LAP-1", Assert.Single(lost).CheckWithout.RuleId);
    }

    private static Trainer Mct(string name, int n) => new(1, name, $"MCT{n}", Today.AddYears(1), TestFacts.Verified);

    private static PartnerFacts Facts(Trainer[] trainers) =>
        new("US", trainers, [new ExamPass(1, "SC-900", "A", Today.AddDays(-10), TestFacts.Verified)],
            new KpiTotals(new Dictionary<string, decimal> { ["courseware"] = 150m }));
}
