using LearningPartner.Domain.Common;
using LearningPartner.Domain.Orders;

namespace LearningPartner.UnitTests.Orders;

/// <summary>R-FEE-3: a payment for an order of 1650.00 USD, confirmed on 2026-11-25.</summary>
public sealed class PaymentTests
{
    private static readonly Money Price = new(1650m, "USD");
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static Payment NewPayment(DeclaredPayment? declared = null) =>
        new(1, "proof.pdf", "key", "support", new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero), declared);

    private static ReceivedPayment Received(decimal amount, string currency = "USD") =>
        new(new Money(amount, currency), new DateOnly(2026, 11, 24), " FT-1 ");

    [Fact]
    public void AProofUploadedBeforeTheFormAskedHasNoDeclaredFigures() => Assert.Null(NewPayment().Declared);

    [Fact]
    public void TheDeclaredFiguresAreKeptAsStated()
    {
        var declared = new DeclaredPayment(new DateOnly(2026, 11, 23), new Money(1500m, "USD"), "FT2611230001");

        Assert.Equal(declared, NewPayment(declared).Declared);
    }

    [Fact]
    public void AnExactPaymentIsConfirmedWithoutAReasonAndKeepsNone()
    {
        var payment = NewPayment();

        var mismatch = payment.Confirm("support", Today, Price, Received(1650m), "not needed");

        Assert.Equal(PaymentMismatch.None, mismatch);
        Assert.Equal((Today, "FT-1", (string?)null), (payment.ConfirmedOn, payment.BankReference, payment.OverrideReason));
        Assert.Equal(new ReceivedPayment(new Money(1650m, "USD"), new DateOnly(2026, 11, 24), "FT-1"), payment.Received);
    }

    [Theory]
    [InlineData(1500, "USD")]
    [InlineData(1650, "EUR")]
    public void AMismatchNeedingAnOverrideCannotBeConfirmedWithoutItsReason(decimal amount, string currency)
    {
        var payment = NewPayment();

        Assert.Throws<InvalidOperationException>(() => payment.Confirm("support", Today, Price, Received(amount, currency), " "));
        Assert.True(payment.IsAwaitingDecision);
    }

    [Fact]
    public void AShortPaymentWithItsReasonIsConfirmedAndKeepsTheReason()
    {
        var payment = NewPayment();

        var mismatch = payment.Confirm("support", Today, Price, Received(1500m), "Bank charges deducted");

        Assert.Equal((PaymentMismatch.Short, "Bank charges deducted"), (mismatch, payment.OverrideReason));
    }

    [Fact]
    public void AnOverpaymentNeedsNoReason()
    {
        var payment = NewPayment();

        Assert.Equal(PaymentMismatch.Over, payment.Confirm("support", Today, Price, Received(1700m), null));
        Assert.False(payment.IsAwaitingDecision);
    }

    [Fact]
    public void APaymentIsConfirmedOnce()
    {
        var payment = NewPayment();
        payment.Confirm("support", Today, Price, Received(1650m), null);

        Assert.Throws<InvalidOperationException>(() => payment.Confirm("support", Today, Price, Received(1650m), null));
    }
}
