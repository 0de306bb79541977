using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Orders;
using LearningPartner.Domain.Programs;

namespace LearningPartner.UnitTests.Rules;

/// <summary>
/// Each option of a partner with its state on a date (R-RNW-1, R-PRG-1), with the small rule set alone loaded: FY2026, from
/// 2025-07-01 to 2026-07-01, 30 days of grace. An AD after 2026-06-30 lies in a program year without a rule set.
/// </summary>
public sealed class OptionRowsTests
{
    private static readonly RuleSetCatalog Catalog = new([TestRuleSets.Small()]);
    private static readonly ILookup<int, OrderFact> NoOrders = Array.Empty<OrderFact>().ToLookup(_ => 0);

    [Theory]
    // Activated 2024-09-01: AD 2025-09-01 in FY2026, so grace is FY2026's 30 days: in grace up to 2025-09-30.
    [InlineData("2025-08-31", OptionState.Active)]
    [InlineData("2025-09-01", OptionState.InGrace)]
    [InlineData("2025-09-30", OptionState.InGrace)]
    [InlineData("2025-10-01", OptionState.Lapsed)]
    public void AnOptionsGraceIsThatOfItsAnniversarysProgramYear(string date, OptionState expected)
    {
        var row = Rows(Activated(LearningLevel.Silver, "SECURITY", new DateOnly(2024, 9, 1)), Day(date)).Single();

        Assert.Equal(expected, row.Status!.State);
        Assert.Equal(new DateOnly(2025, 10, 1), row.Status.GraceEndsOn);
        Assert.Equal("Security", row.CompetencyName);
    }

    [Fact]
    public void BeforeAnAnniversaryWithoutARuleSetTheOptionIsStillHeld()
    {
        // Activated 2025-08-01: AD 2026-08-01, in FY2027, which has no rule set here.
        var row = Rows(Activated(LearningLevel.Gold, "SECURITY", new DateOnly(2025, 8, 1)), new DateOnly(2026, 7, 31)).Single();

        Assert.Equal(OptionState.Active, row.Status!.State);
        Assert.False(row.RuleSetMissing);
    }

    [Fact]
    public void FromAnAnniversaryWithoutARuleSetTheStateIsUnknownAndTheStoredAnniversaryIsNamed()
    {
        var row = Rows(Activated(LearningLevel.Gold, "SECURITY", new DateOnly(2025, 8, 1)), new DateOnly(2026, 8, 1)).Single();

        Assert.Null(row.Status);
        Assert.True(row.RuleSetMissing);
        Assert.Equal(new DateOnly(2026, 8, 1), row.StoredAnniversary);
    }

    [Fact]
    public void AnOptionNotActivatedYetIsPendingWhileItsOrderIsOpen()
    {
        var enrollment = new Enrollment(1, LearningLevel.LearningActionPack, null, DateTimeOffset.UnixEpoch);
        var orders = new[] { (enrollment.Id, new OrderFact(OrderKind.NewEnrollment, OrderStatus.PendingPayment, new DateOnly(2025, 12, 1))) }
            .ToLookup(o => o.Item1, o => o.Item2);

        Assert.Equal(OptionState.PendingPayment, OptionRows.Of([enrollment], orders, new DateOnly(2025, 11, 30), Catalog).Single().Status!.State);
        Assert.Equal(OptionState.OrderExpired, OptionRows.Of([enrollment], orders, new DateOnly(2025, 12, 1), Catalog).Single().Status!.State);
    }

    [Fact]
    public void OptionsAreListedGoldFirstThenByCompetency()
    {
        var rows = OptionRows.Of(
            [
                Activated(LearningLevel.LearningActionPack, null, new DateOnly(2025, 8, 1)),
                Activated(LearningLevel.Silver, "SECURITY", new DateOnly(2025, 8, 1)),
                Activated(LearningLevel.Gold, "DATA", new DateOnly(2025, 8, 1)),
                Activated(LearningLevel.Silver, "AI", new DateOnly(2025, 8, 1)),
            ],
            NoOrders, new DateOnly(2025, 9, 1), Catalog);

        Assert.Equal(["Gold DATA", "Silver AI", "Silver SECURITY", "LearningActionPack "], rows.Select(r => $"{r.Level} {r.CompetencyCode}"));
        // A competency no rule set names keeps its code as its name.
        Assert.Equal("AI", rows[1].CompetencyName);
    }

    private static IReadOnlyList<OptionRow> Rows(Enrollment enrollment, DateOnly date) => OptionRows.Of([enrollment], NoOrders, date, Catalog);

    private static Enrollment Activated(LearningLevel level, string? competency, DateOnly on)
    {
        var enrollment = new Enrollment(1, level, competency, DateTimeOffset.UnixEpoch);
        enrollment.Activate(on);
        return enrollment;
    }

    private static DateOnly Day(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
