using LearningPartner.Domain.Common;
using LearningPartner.Domain.Orders;
using LearningPartner.Domain.Programs;

namespace LearningPartner.UnitTests.Orders;

public sealed class OrderTests
{
    private static Order NewOrder() => new(1, 1, OrderKind.NewEnrollment, LearningLevel.Silver, new Money(1500m, "USD"),
        "LP-2026-000001", "key-1", new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero), new DateOnly(2026, 12, 1));

    [Theory]
    [InlineData("2026-11-30", false)]
    [InlineData("2026-12-01", true)] // R-FEE-2: expired from its expiry date, whatever any job did
    public void APendingOrderExpiresOnItsExpiryDate(string date, bool expired) =>
        Assert.Equal(expired, NewOrder().IsExpiredOn(DateOnly.Parse(date)));

    [Fact]
    public void APaidOrderNeverExpiresAndCannotBePaidTwice()
    {
        var order = NewOrder();

        order.MarkPaid();

        Assert.False(order.IsExpiredOn(new DateOnly(2027, 1, 1)));
        Assert.Throws<InvalidOperationException>(order.MarkPaid);
    }

    [Theory]
    [InlineData("2026-11-30", false, OrderStatus.PendingPayment)] // still open: it keeps the option's open-order key
    [InlineData("2026-12-01", true, OrderStatus.Cancelled)]       // R-FEE-2: expired, so a new order for the option cancels it
    public void AnExpiredOrderIsCancelledWhenANewOneForItsOptionIsPlaced(string date, bool cancelled, OrderStatus status)
    {
        var order = NewOrder();

        Assert.Equal(cancelled, order.CancelIfExpiredOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(status, order.Status);
        Assert.Equal(cancelled, order.OpenOptionKey is null);
    }

    [Fact]
    public void APaidOrderIsNeverCancelledAsExpired()
    {
        var order = NewOrder();
        order.MarkPaid();

        Assert.False(order.CancelIfExpiredOn(new DateOnly(2027, 1, 1)));
        Assert.Equal(OrderStatus.Paid, order.Status);
    }

    [Theory]
    [InlineData("2026-11-30", false, true)]  // R-FEE-3: pending, the day before it expires
    [InlineData("2026-11-30", true, false)]  // a proof is with support: support decides first
    [InlineData("2026-12-01", false, false)] // expired: the next order for the option closes it
    public void APartnerAdminCancelsAPendingOrderWithoutAProofBeforeSupport(string date, bool proofAwaiting, bool allowed) =>
        Assert.Equal(allowed, NewOrder().CanBeCancelledOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), proofAwaiting));

    [Fact]
    public void ACancelledOrderFreesItsOptionAndCannotBeCancelledOrPaidAgain()
    {
        var order = NewOrder();

        order.Cancel();

        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.Null(order.OpenOptionKey);
        Assert.False(order.CanBeCancelledOn(new DateOnly(2026, 11, 2), false));
        Assert.Throws<InvalidOperationException>(order.MarkPaid);
    }

    [Fact]
    public void APaidOrderCannotBeCancelled()
    {
        var order = NewOrder();
        order.MarkPaid();

        Assert.False(order.CanBeCancelledOn(new DateOnly(2026, 11, 2), false));
    }
}
