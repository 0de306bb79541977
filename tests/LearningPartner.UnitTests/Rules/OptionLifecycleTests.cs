using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Orders;
using LearningPartner.Domain.Programs;

namespace LearningPartner.UnitTests.Rules;

/// <summary>R-RNW-1, R-FEE-2, R-LAP-3: states from dates alone, with a 30-day grace period.</summary>
public sealed class OptionLifecycleTests
{
    private const int Grace = 30;
    private static readonly DateOnly Activated = new(2025, 5, 20);
    private static readonly DateOnly Anniversary = new(2026, 5, 20);

    [Theory]
    [InlineData("2026-05-19", OptionState.Active)]
    [InlineData("2026-05-20", OptionState.InGrace)]   // from the AD
    [InlineData("2026-06-18", OptionState.InGrace)]   // AD + 29 days
    [InlineData("2026-06-19", OptionState.Lapsed)]    // AD + 30 days
    [InlineData("2027-01-01", OptionState.Lapsed)]
    public void ActiveThenInGraceThenLapsed(string date, OptionState expected)
    {
        var status = OptionLifecycle.StateOn(D(date), Silver(), Grace, []);

        Assert.Equal(expected, status.State);
        Assert.Equal(new DateOnly(2026, 6, 19), status.GraceEndsOn);
    }

    [Theory]
    [InlineData("2025-05-01", OptionState.PendingPayment)]
    [InlineData("2025-05-30", OptionState.PendingPayment)] // the last day before expiry
    [InlineData("2025-05-31", OptionState.OrderExpired)]   // expired on its expiry date, whatever any job did
    public void AnUnpaidOrderExpires(string date, OptionState expected)
    {
        var option = new OptionFacts(LearningLevel.Silver, "SECURITY", null, null, null,
            [new OrderFact(OrderKind.NewEnrollment, OrderStatus.PendingPayment, new DateOnly(2025, 5, 31))]);

        Assert.Equal(expected, OptionLifecycle.StateOn(D(date), option, Grace, []).State);
    }

    [Fact]
    public void TheLapIsMarketplacePendingUntilSupportCompletesTheProfile()
    {
        var option = new OptionFacts(LearningLevel.LearningActionPack, null, Activated, Anniversary, new DateOnly(2025, 6, 2), []);

        Assert.Equal(OptionState.MarketplaceAccessPending, OptionLifecycle.StateOn(new DateOnly(2025, 6, 1), option, Grace, []).State);
        Assert.Equal(OptionState.Active, OptionLifecycle.StateOn(new DateOnly(2025, 6, 2), option, Grace, []).State);
    }

    [Fact]
    public void APendingRenewalIsOpenInGraceAndCancelledOnceTheOptionLapses()
    {
        var renewal = new OrderFact(OrderKind.Renewal, OrderStatus.PendingPayment, new DateOnly(2026, 7, 31));
        var inGrace = OptionLifecycle.StateOn(new DateOnly(2026, 6, 18), Silver(), Grace, []);
        var lapsed = OptionLifecycle.StateOn(new DateOnly(2026, 6, 19), Silver(), Grace, []);

        Assert.True(OptionLifecycle.IsOrderOpen(renewal, new DateOnly(2026, 6, 18), inGrace));
        Assert.False(OptionLifecycle.IsOrderOpen(renewal, new DateOnly(2026, 6, 19), lapsed));
    }

    [Fact]
    public void AnExtendedAnniversaryKeepsTheOptionActive()
    {
        // R-EXT-1: AD 2021-03-01 extended to 2021-09-01: active on 2021-03-15, in grace from 2021-09-01.
        var option = new OptionFacts(LearningLevel.Gold, "SECURITY", new DateOnly(2020, 3, 1), new DateOnly(2021, 3, 1), null, []);
        var windows = TestRuleSets.Shipped.ExtensionWindows.ToList();

        var march = OptionLifecycle.StateOn(new DateOnly(2021, 3, 15), option, Grace, windows);
        var september = OptionLifecycle.StateOn(new DateOnly(2021, 9, 1), option, Grace, windows);

        Assert.Equal(OptionState.Active, march.State);
        Assert.Equal(new DateOnly(2021, 9, 1), march.Anniversary!.Effective);
        Assert.Equal(OptionState.InGrace, september.State);
    }

    [Fact]
    public void AnEndedOptionWasReplacedByGoldOrSteppedDown()
    {
        // R-GLD-3: silver ended 2026-03-01 by its gold upgrade (the upgrade order belongs to the gold option).
        var upgraded = Silver() with { EndedOn = new DateOnly(2026, 3, 1), Orders = [new OrderFact(OrderKind.NewEnrollment, OrderStatus.Paid, new DateOnly(2025, 6, 1))] };
        // R-GLD-2: gold renewed at silver, paid in grace; the gold option ended on its AD.
        var steppedDown = Silver() with
        {
            Level = LearningLevel.Gold,
            EndedOn = Anniversary,
            Orders = [new OrderFact(OrderKind.NewEnrollment, OrderStatus.Paid, new DateOnly(2025, 6, 1)), new OrderFact(OrderKind.Renewal, OrderStatus.Paid, new DateOnly(2026, 6, 19))],
        };

        Assert.Equal(OptionState.Active, OptionLifecycle.StateOn(new DateOnly(2026, 2, 28), upgraded, Grace, []).State);
        Assert.Equal(OptionState.Replaced, OptionLifecycle.StateOn(new DateOnly(2026, 3, 1), upgraded, Grace, []).State);
        Assert.Equal(OptionState.SteppedDown, OptionLifecycle.StateOn(Anniversary, steppedDown, Grace, []).State);
        Assert.False(OptionLifecycle.StateOn(Anniversary, steppedDown, Grace, []).IsHeld);
    }

    private static OptionFacts Silver() => new(LearningLevel.Silver, "SECURITY", Activated, Anniversary, null, []);

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
