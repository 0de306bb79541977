using LearningPartner.Domain.Common;
using LearningPartner.Domain.Programs;

namespace LearningPartner.Domain.Eligibility;

/// <summary>
/// R-GLD-3: what a silver-to-gold upgrade costs and means: the gold fee, the discount off it, the price, and the
/// new anniversary date (a year after the upgrade's activation). The silver fee already paid is not refunded.
/// </summary>
public sealed record UpgradeQuote(Money GoldFee, decimal DiscountPercent, Money Discount, Money Price, DateOnly NewAnniversaryIfConfirmedOn)
{
    /// <summary>Prices from the rule set of the request date (R-PRG-1), rounded to the cent, half away from zero.</summary>
    public static UpgradeQuote For(ProgramRuleSet ruleSet, string currency, DateOnly confirmedOn)
    {
        var goldFee = ruleSet.FeeOf(LearningLevel.Gold, currency)
            ?? throw new InvalidOperationException($"{ruleSet.ProgramYear} has no gold fee in {currency}.");
        var discount = Math.Round(goldFee.Amount * ruleSet.SilverToGoldDiscountPercent / 100m, 2, MidpointRounding.AwayFromZero);
        return new UpgradeQuote(goldFee, ruleSet.SilverToGoldDiscountPercent, new Money(discount, currency),
            new Money(goldFee.Amount - discount, currency), ProgramDates.PlusOneYear(confirmedOn));
    }
}
