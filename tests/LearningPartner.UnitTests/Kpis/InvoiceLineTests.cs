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
        // A digital MOC sold at 0 in 2020–21 still earns its KPI (docs/rules.md#reference-data).
        var line = Line(4, 0m);

        line.FixKpi(Moc(1m));

        Assert.Equal(4m, line.KpiValue);
    }

    [Fact]
    public void ZeroRevenueIsValidForDigitalMocSoldAtZero() => Assert.Equal(0m, Line(5, 0m).Revenue.Amount);

    [Fact]
    public void NegativeUnitsAreRefused() => Assert.Throws<ArgumentOutOfRangeException>(() => Line(-1));

    [Fact]
    public void ACorrectionSupersedesTheRecordAndKeepsItAsItWas()
    {
        // R-DSC-2: same identity (R-KPI-4), new values; the old record is kept, marked superseded, and names no successor itself.
        var line = Line(12);
        line.FixKpi(Moc(1m));
        var at = new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

        var successor = line.SupersedeWith(new DateOnly(2026, 10, 30), "MOC", 14, new Money(100m, "USD"), "case:7", at);

        Assert.Equal((false, at, 12, 12m), (line.IsCurrent, line.SupersededAt, line.Units, line.KpiValue));
        Assert.Equal(("4100001", "CM2611-0001", 1, 14, "case:7", true, (decimal?)null),
            (successor.PartnerId, successor.InvoiceNumber, successor.LineNumber, successor.Units, successor.Source, successor.IsCurrent, successor.KpiValue));
        Assert.Equal(line.Id, successor.SupersedesId);
    }

    [Fact]
    public void ACorrectionChangesSomethingAndOnlyTheCurrentRecordIsCorrected()
    {
        var line = Line(12);

        Assert.Throws<ArgumentException>(() => line.SupersedeWith(line.InvoiceDate, "MOC", 12, new Money(100m, "USD"), "case:7", DateTimeOffset.UnixEpoch));
        line.SupersedeWith(line.InvoiceDate, "MOC", 13, new Money(100m, "USD"), "case:7", DateTimeOffset.UnixEpoch);
        Assert.Throws<InvalidOperationException>(() => line.SupersedeWith(line.InvoiceDate, "MOC", 15, new Money(100m, "USD"), "case:8", DateTimeOffset.UnixEpoch));
    }

    private static OmlpTypeRule Moc(decimal weight) => new("MOC", "Microsoft Official Course", "courseware", weight);
}
