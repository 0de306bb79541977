using LearningPartner.Domain.Kpis;

namespace LearningPartner.UnitTests.Rules;

public sealed class KpiTotalsTests
{
    private static readonly MonthRange Window = new(new DateOnly(2025, 1, 1), new DateOnly(2026, 1, 1));

    [Fact]
    public void SumsPerCategoryInsideTheWindowOnly()
    {
        KpiRecord[] records =
        [
            new(new DateOnly(2024, 12, 31), "courseware", 100m), // before the window
            new(new DateOnly(2025, 1, 1), "courseware", 10m),
            new(new DateOnly(2025, 12, 31), "courseware", 2.5m),
            new(new DateOnly(2025, 6, 1), "certification", 4m),
            new(new DateOnly(2026, 1, 1), "certification", 50m), // after the window
        ];

        var totals = KpiTotals.Sum(records, Window);

        Assert.Equal(12.5m, totals.Of("courseware"));
        Assert.Equal(4m, totals.Of("certification"));
        Assert.Equal(0m, totals.Of("unknown"));
    }

    [Fact]
    public void TotalsNeverDependOnTheOrderLinesWereRecorded()
    {
        var random = new Random(3);
        var records = Enumerable.Range(0, 500)
            .Select(_ => new KpiRecord(new DateOnly(2024, 6, 1).AddDays(random.Next(0, 700)),
                random.Next(2) == 0 ? "courseware" : "certification", random.Next(0, 4000) / 100m))
            .ToList();
        var expected = KpiTotals.Sum(records, Window);

        for (var i = 0; i < 50; i++)
        {
            var shuffled = records.OrderBy(_ => random.Next()).ToList();
            var totals = KpiTotals.Sum(shuffled, Window);
            Assert.Equal(expected.Of("courseware"), totals.Of("courseware"));
            Assert.Equal(expected.Of("certification"), totals.Of("certification"));
        }
    }
}
