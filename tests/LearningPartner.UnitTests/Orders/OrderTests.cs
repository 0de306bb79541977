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

    [Theory]
    [InlineData("2026-11-30", true)]  // R-FEE-2: pending, the day before it expires
    [InlineData("2026-12-01", false)] // expired
    public void APendingOrderTakesAProofUntilItExpires(string date, bool takes) =>
        Assert.Equal(takes, NewOrder().TakesProofOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void ACancelledOrPaidOrderTakesNoProof()
    {
        var (cancelled, paid) = (NewOrder(), NewOrder());

        cancelled.Cancel();
        paid.MarkPaid();

        Assert.False(cancelled.TakesProofOn(new DateOnly(2026, 11, 2)));
        Assert.False(paid.TakesProofOn(new DateOnly(2026, 11, 2)));
    }

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

    [Theory]
    [InlineData("2026-12-01", true, true)]   // R-FEE-3: expired with its proof before support
    [InlineData("2026-12-01", false, false)] // expired unpaid: order anew
    [InlineData("2026-11-30", true, false)]  // not expired: support confirms it as it is
    public void AnOrderThatExpiredWithItsProofBeforeSupportCanBeRecreated(string date, bool proofAwaiting, bool allowed) =>
        Assert.Equal(allowed, NewOrder().CanBeRecreatedOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), proofAwaiting));

    [Fact]
    public void ARenewalIsNotRecreated()
    {
        var renewal = new Order(1, 1, OrderKind.Renewal, LearningLevel.Silver, new Money(1500m, "USD"), "LR2611-AAAAAAAA", "key-2",
            new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero), new DateOnly(2026, 12, 1));

        Assert.False(renewal.CanBeRecreatedOn(new DateOnly(2026, 12, 1), true)); // R-RNW-1: it expired with grace; the option lapsed
    }

    [Fact]
    public void TheRecreatedOrderTakesTheOptionAndPriceAndTheExpiredOneStaysExpired()
    {
        var expired = NewOrder();
        var today = new DateOnly(2026, 12, 5);

        var order = expired.Recreate(today, "LP2612-BBBBBBBB", new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero), new DateOnly(2027, 1, 4));

        Assert.Equal((OrderKind.NewEnrollment, LearningLevel.Silver, new Money(1500m, "USD"), 1), (order.Kind, order.Level, order.Price, order.EnrollmentId));
        Assert.Equal("1:Silver:", order.OpenOptionKey);
        Assert.Equal(new DateOnly(2027, 1, 4), order.ExpiresOn);
        Assert.Null(expired.OpenOptionKey);
        Assert.Equal(OrderStatus.PendingPayment, expired.Status);
        Assert.True(expired.IsExpiredOn(today));
    }

    [Fact]
    public void AProofMovesOnlyWhileItAwaitsADecision()
    {
        var proof = new Payment(1, "transfer.pdf", "key", "avery", new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));

        proof.MoveTo(2);

        Assert.Equal((2, 2), (proof.OrderId, proof.OpenOrderId));
        var price = new Money(1650m, "USD");
        proof.Confirm("support", new DateOnly(2026, 12, 6), price, new ReceivedPayment(price, new DateOnly(2026, 12, 4), "BANK-1"), null);
        Assert.Throws<InvalidOperationException>(() => proof.MoveTo(3));
    }
}
