using LearningPartner.Domain.Common;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Programs;

namespace LearningPartner.UnitTests.Kpis;

public sealed class InvoiceLineTests
{
    private static InvoiceLine Line(int units, decimal revenue = 100m) => new("4100001", "CM2611-0001", 1,
        new DateOnly(2026, 11, 3), "MOC", units, new Money(revenue, "USD"), "test", DateTimeOffset.UnixEpoch);

    [Fact]
    public void KpiValueIsUnitsTimesTheWeight()
    {
        // R-KPI-2: 12 units × weight 1.5 = 18.
        var line = Line(12);

        line.FixKpi(Moc(1.5m));

        Assert.Equal(18m, line.KpiValue);
        Assert.Equal("courseware", line.KpiCategory);
    }

    [Fact]
    public void KpiValueIsFixedOnce()
    {
        var line = Line(12);
        line.FixKpi(Moc(1.5m));

        line.FixKpi(Moc(1.5m)); // the same value again changes nothing
        Assert.Throws<InvalidOperationException>(() => line.FixKpi(Moc(2m)));
        Assert.Throws<ArgumentException>(() => line.FixKpi(new OmlpTypeRule("DMOC", "Digital MOC", "courseware", 1.5m)));
        Assert.Equal(18m, line.KpiValue);
    }

    [Fact]
    public void KpiValueDoesNotDependOnRevenue()
    {
        // A digital MOC sold at 0 in 2020–21 still earns its KPI (SPEC reference data).
        var line = Line(4, 0m);

        line.FixKpi(Moc(1m));

        Assert.Equal(4m, line.KpiValue);
    }

    [Fact]
    public void ZeroRevenueIsValidForDigitalMocSoldAtZero() => Assert.Equal(0m, Line(5, 0m).Revenue.Amount);

    [Fact]
    public void NegativeUnitsAreRefused() => Assert.Throws<ArgumentOutOfRangeException>(() => Line(-1));

    private static OmlpTypeRule Moc(decimal weight) => new("MOC", "Microsoft Official Course", "courseware", weight);
}
