using LearningPartner.Domain.Common;

namespace LearningPartner.UnitTests.Common;

/// <summary>Issue 20.6: currency codes come from the runtime's ISO 4217 data, which needs ICU (InvariantGlobalization off).</summary>
public sealed class CurrencyCodesTests
{
    [Theory]
    [InlineData("USD")]
    [InlineData("EUR")]
    [InlineData("CNY")]
    [InlineData("JPY")]
    [InlineData("GBP")]
    [InlineData("INR")]
    [InlineData("BRL")]
    [InlineData("CHF")]
    public void CurrenciesInUseAreIso4217(string code) => Assert.True(CurrencyCodes.IsIso4217(code));

    [Theory]
    [InlineData("ZZZ")] // well formed, assigned to nobody
    [InlineData("ABC")]
    [InlineData("usd")]
    [InlineData("US")]
    [InlineData("USDT")]
    [InlineData("U$D")]
    [InlineData("")]
    [InlineData(null)]
    public void AnythingElseIsNot(string? code) => Assert.False(CurrencyCodes.IsIso4217(code));

    [Fact]
    public void TheListIsTheRuntimesNotAHandfulOfCodes()
    {
        // ICU knows the currency of every region: ~150 codes. Invariant globalization would leave none (and throw).
        Assert.InRange(CurrencyCodes.All.Count, 140, 200);
        Assert.All(CurrencyCodes.All, code => Assert.True(CurrencyCodes.IsWellFormed(code), code));
    }

    [Fact]
    public void AStoredAmountInAWithdrawnCurrencyStillLoads()
    {
        // ADR-011: HRK left ISO 4217 in 2023 (Croatia uses EUR); a record of 2022 must still be read.
        Assert.False(CurrencyCodes.IsIso4217("HRK"));
        Assert.Equal("HRK", new Money(1m, "HRK").Currency);
    }
}
