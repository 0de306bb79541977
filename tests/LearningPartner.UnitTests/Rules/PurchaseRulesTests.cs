using LearningPartner.Domain.Common;
using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Programs;
using LearningPartner.Domain.Trainers;

namespace LearningPartner.UnitTests.Rules;

/// <summary>R-FEE-1 and R-GLD-3.</summary>
public sealed class PurchaseRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    [Fact]
    public void AnOptionWhoseRequirementsAreMetCanBeBought() =>
        Assert.Empty(PurchaseRules.RefusalsFor(Meeting(gold: false), LearningLevel.Silver, "SECURITY", []));

    [Fact]
    public void AnOptionNotMetCannotBeBought() =>
        Assert.Equal([PurchaseRefusal.RequirementsNotMet],
            PurchaseRules.RefusalsFor(Meeting(gold: false), LearningLevel.Gold, "SECURITY", []));

    [Fact]
    public void WhileGoldIsActiveSilverInTheSameCompetencyCannotBeBought() =>
        Assert.Contains(PurchaseRefusal.GoldActiveInCompetency,
            PurchaseRules.RefusalsFor(Meeting(gold: true), LearningLevel.Silver, "SECURITY", [new HeldOption(LearningLevel.Gold, "SECURITY")]));

    [Fact]
    public void AHeldOptionIsRenewedNotBoughtAgain() =>
        Assert.Equal([PurchaseRefusal.AlreadyHeld],
            PurchaseRules.RefusalsFor(Meeting(gold: false), LearningLevel.Silver, "SECURITY", [new HeldOption(LearningLevel.Silver, "SECURITY")]));

    [Fact]
    public void AnOptionTheProgramYearDoesNotOfferIsRefused() =>
        Assert.Equal([PurchaseRefusal.NotOffered],
            PurchaseRules.RefusalsFor(Meeting(gold: true), LearningLevel.Silver, "CLOUD-PLATFORM", []));

    [Fact]
    public void ASilverHolderMeetingGoldMayUpgrade()
    {
        Assert.True(PurchaseRules.CanUpgradeToGold(Meeting(gold: true), "SECURITY", [new HeldOption(LearningLevel.Silver, "SECURITY")]));
        Assert.False(PurchaseRules.CanUpgradeToGold(Meeting(gold: false), "SECURITY", [new HeldOption(LearningLevel.Silver, "SECURITY")]));
        Assert.False(PurchaseRules.CanUpgradeToGold(Meeting(gold: true), "SECURITY", []));
    }

    [Fact]
    public void UpgradePriceIsTheGoldFeeLessTheDiscount()
    {
        // R-GLD-3 worked by hand: 4,730.00 USD × 25 % = 1,182.50 off → 3,547.50 USD; AD a year after confirmation.
        var quote = UpgradeQuote.For(TestRuleSets.Small(), "USD", new DateOnly(2026, 3, 10));

        Assert.Equal(new Money(4730m, "USD"), quote.GoldFee);
        Assert.Equal(25m, quote.DiscountPercent);
        Assert.Equal(new Money(1182.50m, "USD"), quote.Discount);
        Assert.Equal(new Money(3547.50m, "USD"), quote.Price);
        Assert.Equal(new DateOnly(2027, 3, 10), quote.NewAnniversaryIfConfirmedOn);
    }

    [Fact]
    public void UpgradeConfirmedOn29FebruaryHasItsAnniversaryOn28February()
    {
        // 4,390.00 EUR × 25 % = 1,097.50 → 3,292.50 EUR.
        var quote = UpgradeQuote.For(TestRuleSets.Small(), "EUR", new DateOnly(2028, 2, 29));

        Assert.Equal(new Money(3292.50m, "EUR"), quote.Price);
        Assert.Equal(new DateOnly(2029, 2, 28), quote.NewAnniversaryIfConfirmedOn);
    }

    private static EligibilityResult Meeting(bool gold)
    {
        var mcts = Enumerable.Range(1, 4).Select(i => new Trainer(1, $"T{i}", $"MCT{i}", Today.AddYears(1), TestFacts.Verified)).ToList();
        var exams = new[] { new ExamPass(1, "SC-900", "A", Today.AddDays(-5), TestFacts.Verified), new ExamPass(1, "SC-200", "B", Today.AddDays(-5), TestFacts.Verified) };
        var totals = new KpiTotals(new Dictionary<string, decimal> { ["courseware"] = gold ? 300m : 100m });
        return EligibilityEvaluator.Evaluate(TestRuleSets.Small(), Today, new PartnerFacts("US", mcts, exams, totals));
    }
}
