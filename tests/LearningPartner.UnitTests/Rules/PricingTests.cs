using LearningPartner.Domain.Common;
using LearningPartner.Domain.Programs;

namespace LearningPartner.UnitTests.Rules;

/// <summary>
/// R-FEE-*: the fee of a level comes from the day's rule set in the partner's billing currency, else in US dollars. The small
/// rule set prices gold at USD 4,730 and EUR 4,390, silver at USD 1,650 only, and has no LAP fee.
/// </summary>
public sealed class PricingTests
{
    private static readonly ProgramRuleSet RuleSet = TestRuleSets.Small();

    [Theory]
    [InlineData(LearningLevel.Gold, "EUR", "4390", "EUR")]   // billed in its own currency when the rule set has it
    [InlineData(LearningLevel.Gold, "USD", "4730", "USD")]
    [InlineData(LearningLevel.Silver, "EUR", "1650", "USD")] // no euro fee for silver: the dollar fee
    [InlineData(LearningLevel.Silver, "JPY", "1650", "USD")]
    public void TheFeeIsInTheBillingCurrencyElseInDollars(LearningLevel level, string billing, string amount, string currency)
    {
        Assert.Equal(new Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency), Pricing.FeeOf(RuleSet, level, billing));
        Assert.Equal(currency, Pricing.CurrencyFor(RuleSet, level, billing));
    }

    [Fact]
    public void ALevelWithoutAFeeHasNoPrice() => Assert.Null(Pricing.FeeOf(RuleSet, LearningLevel.LearningActionPack, "USD"));
}
