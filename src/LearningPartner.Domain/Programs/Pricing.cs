using LearningPartner.Domain.Common;

namespace LearningPartner.Domain.Programs;

/// <summary>R-FEE-*: the fee of a level in the partner's billing currency, else in US dollars, from the day's rule set.</summary>
public static class Pricing
{
    public const string FallbackCurrency = "USD";

    public static Money? FeeOf(ProgramRuleSet ruleSet, LearningLevel level, string billingCurrency) =>
        ruleSet.FeeOf(level, billingCurrency) ?? ruleSet.FeeOf(level, FallbackCurrency);

    public static string CurrencyFor(ProgramRuleSet ruleSet, LearningLevel level, string billingCurrency) =>
        ruleSet.FeeOf(level, billingCurrency) is null ? FallbackCurrency : billingCurrency;
}
