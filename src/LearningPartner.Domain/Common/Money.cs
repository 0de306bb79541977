using System.Globalization;

namespace LearningPartner.Domain.Common;

/// <summary>
/// An exact amount in one ISO 4217 currency. Shown with its code, never with the UI culture's
/// currency symbol (zh-CN would print ¥ for dollars) — R-FEE-2.
/// </summary>
public sealed record Money
{
    public Money(decimal amount, string currency)
    {
        // The shape only: a record keeps loading after its currency is withdrawn from ISO 4217. New input is checked
        // against the current list at the edge (CurrencyCodes.IsIso4217, issue 20.6).
        if (!CurrencyCodes.IsWellFormed(currency))
        {
            throw new ArgumentException($"'{currency}' is not a three-letter ISO 4217 currency code.", nameof(currency));
        }

        Amount = amount;
        Currency = currency;
    }

    public decimal Amount { get; }

    public string Currency { get; }

    public static Money Zero(string currency) => new(0m, currency);

    public Money Add(Money other)
    {
        EnsureSameCurrency(other);
        return new Money(Amount + other.Amount, Currency);
    }

    public Money Subtract(Money other)
    {
        EnsureSameCurrency(other);
        return new Money(Amount - other.Amount, Currency);
    }

    /// <summary>Formats with the culture's digit grouping but always with the ISO code: "1,234.50 USD".</summary>
    public string Format(IFormatProvider? culture = null) =>
        string.Create(culture ?? CultureInfo.CurrentCulture, $"{Amount:N2} {Currency}");

    public override string ToString() => Format(CultureInfo.InvariantCulture);

    private void EnsureSameCurrency(Money other)
    {
        if (other.Currency != Currency)
        {
            throw new InvalidOperationException($"Cannot combine {Currency} with {other.Currency}.");
        }
    }
}
