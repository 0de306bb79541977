using LearningPartner.Domain.Common;
using LearningPartner.Domain.Programs;
using LearningPartner.Infrastructure.RuleSets;

namespace LearningPartner.UnitTests.Rules;

/// <summary>Rule sets for tests: the shipped files, and a small hand-written one whose numbers the tests state.</summary>
internal static class TestRuleSets
{
    public static readonly RuleSetCatalog Shipped =
        new(ShippedRuleSets.ReadAll().Select(f => RuleSetParser.Parse(f.Json, f.Name)));

    /// <summary>
    /// FY2026 with one competency, SECURITY: silver needs 100 courseware KPI (mature) / 50 (growth), 2 MCTs and
    /// 1 of [SC-900, SC-200, SC-300]; gold needs 300 / 150, 4 MCTs and 2 of the list. The LAP needs 1 MCT.
    /// </summary>
    public static ProgramRuleSet Small(
        decimal silverMature = 100m, decimal goldMature = 300m, int silverMcts = 2, int goldMcts = 4) =>
        new(
            "FY2026", 1, new DateOnly(2025, 7, 1), new DateOnly(2026, 7, 1),
            new Dictionary<string, OmlpTypeRule> { ["MOC"] = new("MOC", "MOC", "courseware", 1m) },
            [new KpiCategory("courseware", "Courseware units")],
            [
                new RegionGroup("mature", "Mature", new HashSet<string> { "US", "DE" }, false),
                new RegionGroup("growth", "Growth", new HashSet<string>(), true),
            ],
            new LevelRequirement(1, null, []),
            [
                new CompetencyRule("SECURITY", "Security",
                    Level(silverMcts, 1, silverMature),
                    Level(goldMcts, 2, goldMature)),
            ],
            new Dictionary<LearningLevel, IReadOnlyList<Money>>
            {
                [LearningLevel.Gold] = [new Money(4730m, "USD"), new Money(4390m, "EUR")],
                [LearningLevel.Silver] = [new Money(1650m, "USD")],
            },
            25m, 30, 30, []);

    private static LevelRequirement Level(int mcts, int exams, decimal matureThreshold) =>
        new(mcts, new ExamRequirement(["SC-900", "SC-200", "SC-300"], exams),
        [
            new KpiThreshold("courseware", "mature", matureThreshold),
            new KpiThreshold("courseware", "growth", matureThreshold / 2),
        ]);
}
