using System.Globalization;
using LearningPartner.Domain.Common;

namespace LearningPartner.UnitTests.Common;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("usd")]
    [InlineData("US")]
    [InlineData("USDT")]
    [InlineData("")]
    [InlineData("U$D")]
    public void RefusesAnythingButAThreeLetterIsoCode(string currency) =>
        Assert.Throws<ArgumentException>(() => new Money(1m, currency));

    [Fact]
    public void AddsExactlyWithinOneCurrency()
    {
        var sum = new Money(0.1m, "EUR").Add(new Money(0.2m, "EUR"));

        Assert.Equal(new Money(0.3m, "EUR"), sum);
    }

    [Fact]
    public void NeverAddsAcrossCurrencies() =>
        Assert.Throws<InvalidOperationException>(() => new Money(1m, "USD").Add(new Money(1m, "EUR")));

    [Fact]
    public void ShowsItsCodeInChineseNotTheCultureSymbol()
    {
        // R-FEE-2: zh-CN's currency symbol is ¥; dollars must still read as USD.
        var text = new Money(1234.5m, "USD").Format(CultureInfo.GetCultureInfo("zh-CN"));

        Assert.Equal("1,234.50 USD", text);
    }

    [Fact]
    public void ShowsItsCodeInEnglish() =>
        Assert.Equal("0.00 CNY", new Money(0m, "CNY").Format(CultureInfo.GetCultureInfo("en-US")));
}
