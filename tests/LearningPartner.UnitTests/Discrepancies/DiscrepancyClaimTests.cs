using LearningPartner.Domain.Common;
using LearningPartner.Domain.Discrepancies;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Programs;
using LearningPartner.UnitTests.Rules;

namespace LearningPartner.UnitTests.Discrepancies;

/// <summary>The trace of a claim against a recorded line, field by field (R-KPI-8), and its value under R-KPI-2.</summary>
public sealed class DiscrepancyClaimTests
{
    private static readonly DiscrepancyClaim Claim = new(10, 2026, "MOC", 12, "CM2610-0042", 12m, new Money(1140m, "USD"));

    [Fact]
    public void ALineWithTheClaimedValuesAgreesOnEveryField()
    {
        var line = Line(new DateOnly(2026, 10, 31), "MOC", 12, 1140m);

        Assert.True(Claim.CompareWith(line).AllAgree);
    }

    [Fact]
    public void EachDifferingFieldIsNamed()
    {
        // Recorded: dated in November, 10 units (KPI 10), 950 USD; claimed: October, 12 units, KPI 12, 1140 USD.
        var line = Line(new DateOnly(2026, 11, 1), "MOC", 10, 950m);

        Assert.Equal(new ClaimComparison(Month: false, OmlpType: true, Units: false, InvoiceNumber: true, KpiValue: false, Revenue: false),
            Claim.CompareWith(line));
    }

    [Fact]
    public void TheClaimedUnitsAreValuedWithTheMonthsProgramYear()
    {
        // R-KPI-2 with the small FY2026 rule set (2025-07 … 2026-06), where MOC weighs 1.0: 12 units in 2026-03 earn 12.
        var catalog = new RuleSetCatalog([TestRuleSets.Small()]);
        var march = new DiscrepancyClaim(3, 2026, "MOC", 12, "CM2603-0001", 20m, new Money(1140m, "USD"));

        Assert.Equal(12m, march.KpiUnderTheRules(catalog));
        Assert.Null(new DiscrepancyClaim(3, 2026, "LABS-ONLINE", 12, "CM2603-0001", 6m, new Money(1m, "USD")).KpiUnderTheRules(catalog));
        Assert.Null(Claim.KpiUnderTheRules(catalog)); // 2026-10 is FY2027: no rule set here
    }

    private static InvoiceLine Line(DateOnly date, string type, int units, decimal revenue)
    {
        var line = new InvoiceLine("4100001", "CM2610-0042", 1, date, type, units, new Money(revenue, "USD"), "test", DateTimeOffset.UnixEpoch);
        line.FixKpi(new Domain.Programs.OmlpTypeRule(type, type, "courseware", 1m));
        return line;
    }
}
