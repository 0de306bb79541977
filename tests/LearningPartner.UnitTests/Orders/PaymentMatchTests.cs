using LearningPartner.Domain.Common;
using LearningPartner.Domain.Orders;

namespace LearningPartner.UnitTests.Orders;

/// <summary>R-FEE-3: a payment against an order of 1650.00 USD.</summary>
public sealed class PaymentMatchTests
{
    private static readonly Money Price = new(1650m, "USD");

    [Theory]
    [InlineData("1650.00", "USD", PaymentMismatch.None, false)]
    [InlineData("1649.99", "USD", PaymentMismatch.Short, true)]  // a cent short still needs the override
    [InlineData("1650.01", "USD", PaymentMismatch.Over, false)]  // the fee is received in full: flagged only
    [InlineData("1650.00", "EUR", PaymentMismatch.OtherCurrency, true)]
    [InlineData("99999", "CNY", PaymentMismatch.OtherCurrency, true)] // amounts in two currencies are never compared
    public void APaymentIsComparedWithItsOrdersPrice(string amount, string currency, PaymentMismatch expected, bool needsOverride)
    {
        var mismatch = PaymentMatch.Of(Price, new Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency));

        Assert.Equal((expected, needsOverride), (mismatch, mismatch.NeedsOverride()));
    }
}
