using LearningPartner.Domain.Common;
using LearningPartner.Domain.Notifications;
using LearningPartner.Domain.Orders;
using LearningPartner.Domain.Programs;

namespace LearningPartner.UnitTests.Notifications;

/// <summary>R-FEE-2: which expiry notice an order placed 2026-11-01 and expiring on 2026-12-01 is due, with 7 days' warning.</summary>
public sealed class OrderExpiryNoticesTests
{
    private static readonly DateOnly ExpiresOn = new(2026, 12, 1);

    [Theory]
    [InlineData("2026-11-23", null)] // 8 days before: not yet
    [InlineData("2026-11-24", NoticeKind.OrderExpiring)] // 7 days before
    [InlineData("2026-11-30", NoticeKind.OrderExpiring)] // the last day to pay
    [InlineData("2026-12-01", NoticeKind.OrderExpired)]
    [InlineData("2026-12-30", NoticeKind.OrderExpired)] // a run caught up 29 days late still tells it
    [InlineData("2026-12-31", null)] // 30 days late: no longer news
    public void DueByTheOrdersDates(string today, NoticeKind? expected) =>
        Assert.Equal(expected, OrderExpiryNotices.DueOn(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), Pending(), false, 7));

    [Fact]
    public void AnOrderWhoseProofAwaitsSupportIsNotToldToPayButHearsItExpired()
    {
        Assert.Null(OrderExpiryNotices.DueOn(new DateOnly(2026, 11, 28), Pending(), proofAwaiting: true, 7));
        Assert.Equal(NoticeKind.OrderExpired, OrderExpiryNotices.DueOn(ExpiresOn, Pending(), proofAwaiting: true, 7));
    }

    [Fact]
    public void APaidOrCancelledOrderHearsNothing()
    {
        var paid = Pending();
        paid.MarkPaid();
        var cancelled = Pending();
        cancelled.Cancel();

        Assert.Null(OrderExpiryNotices.DueOn(new DateOnly(2026, 11, 28), paid, false, 7));
        Assert.Null(OrderExpiryNotices.DueOn(ExpiresOn, cancelled, false, 7));
    }

    [Fact]
    public void AReCreatedOrderHearsNothingMoreOfItsExpiry()
    {
        var expired = Pending();
        _ = expired.Recreate(ExpiresOn, "LP2612-NEW00001", new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), new DateOnly(2026, 12, 31));

        Assert.Null(OrderExpiryNotices.DueOn(new DateOnly(2026, 12, 2), expired, true, 7));
    }

    [Fact]
    public void EachNoticeHasItsOwnOnceOnlyKey() =>
        Assert.Equal(("OrderExpiring:12", "OrderExpired:12"),
            (OrderExpiryNotices.OnceKey(NoticeKind.OrderExpiring, 12), OrderExpiryNotices.OnceKey(NoticeKind.OrderExpired, 12)));

    private static Order Pending() =>
        new(1, 1, OrderKind.NewEnrollment, LearningLevel.Silver, new Money(1732.50m, "USD"), "LP2611-TEST0001", "key-1",
            new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero), ExpiresOn, "SECURITY");
}
