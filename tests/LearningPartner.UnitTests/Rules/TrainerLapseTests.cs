using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Programs;
using LearningPartner.Domain.Trainers;

namespace LearningPartner.UnitTests.Rules;

/// <summary>
/// R-MCT-2 lapse warnings on the small rule set (silver SECURITY needs 2 MCTs, the LAP 1), both options renewing on
/// 2026-05-01. Ellis's membership is valid until 2026-03-31, so Ellis lapses on 2026-04-01 and, with 30 days' lead, the
/// warning is due from 2026-03-02 to 2026-03-31. Brook's membership runs to 2027-01-31, past the anniversary.
/// </summary>
public sealed class TrainerLapseTests
{
    private static readonly DateOnly Anniversary = new(2026, 5, 1);

    private static readonly HeldOption Silver = new(LearningLevel.Silver, "SECURITY");

    private static readonly HeldOption Pack = new(LearningLevel.LearningActionPack, null);

    [Fact]
    public void NothingIsDueTheDayBeforeTheWindow()
    {
        Assert.Empty(Warnings(new DateOnly(2026, 3, 1), Ellis(), Brook()));
    }

    [Fact]
    public void ThirtyDaysBeforeTheLapseSilverLacksOneMctAtItsAnniversary()
    {
        var warning = Assert.Single(Warnings(new DateOnly(2026, 3, 2), Ellis(), Brook()));

        Assert.Equal("MCT-ELLIS", warning.MctId);
        Assert.Equal(new DateOnly(2026, 3, 31), warning.ValidUntil);
        Assert.Equal(new DateOnly(2026, 4, 1), warning.LapsesOn);
        // The LAP needs 1 MCT and keeps Brook: only silver is short.
        var shortfall = Assert.Single(warning.Options);
        Assert.Equal((LearningLevel.Silver, "SECURITY", "Security"), (shortfall.Level, shortfall.CompetencyCode, shortfall.CompetencyName));
        Assert.Equal(Anniversary, shortfall.Anniversary);
        Assert.Equal((RequirementKind.Mct, 2m, 1m), (shortfall.CheckWithout.Kind, shortfall.CheckWithout.Required, shortfall.CheckWithout.Actual));
        Assert.Equal(1m, shortfall.Lacks);
    }

    [Fact]
    public void TheWarningIsStillDueOnTheLastValidDay()
    {
        Assert.Single(Warnings(new DateOnly(2026, 3, 31), Ellis(), Brook()));
    }

    [Theory]
    [InlineData("2026-04-01")]
    [InlineData("2026-04-20")]
    public void FromTheLapseOnNothingIsDue(string today)
    {
        Assert.Empty(Warnings(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), Ellis(), Brook()));
    }

    [Fact]
    public void ATrainerAnotherMctCoversForIsNotNeeded()
    {
        Assert.Empty(Warnings(new DateOnly(2026, 3, 15), Ellis(), Brook(), Mct("Casey", "MCT-CASEY", new DateOnly(2026, 12, 31))));
    }

    [Fact]
    public void AMembershipValidOnTheAnniversaryItselfNeverWarns()
    {
        // Valid until 2026-05-01 inclusive: the trainer counts on the anniversary date.
        Assert.Empty(Warnings(new DateOnly(2026, 4, 15), Mct("Ellis", "MCT-ELLIS", Anniversary), Brook()));
    }

    [Fact]
    public void AMembershipEndingTheDayBeforeTheAnniversaryWarns()
    {
        var warning = Assert.Single(Warnings(new DateOnly(2026, 4, 15), Mct("Ellis", "MCT-ELLIS", Anniversary.AddDays(-1)), Brook()));

        Assert.Equal(Anniversary, warning.LapsesOn);
    }

    [Fact]
    public void ClaimsAwaitingVerificationOrRejectedNeverCountAndNeverWarn()
    {
        var pending = new Trainer(1, "Ellis", "MCT-ELLIS", new DateOnly(2026, 3, 31), TestFacts.Claimed);
        var rejected = new Trainer(1, "Drew", "MCT-DREW", new DateOnly(2026, 3, 31), TestFacts.Claimed);
        rejected.Reject(new DateTimeOffset(2026, 1, 6, 9, 0, 0, TimeSpan.Zero), "Support", "Transcript shows another person");

        // Silver is short as recorded (Brook alone), but neither claim would count even if renewed.
        Assert.Empty(Warnings(new DateOnly(2026, 3, 15), pending, rejected, Brook()));
    }

    [Fact]
    public void ATrainerWhoLeavesBeforeTheAnniversaryIsNotWarnedAbout()
    {
        var ellis = Ellis();
        ellis.Retire(new DateOnly(2026, 4, 15));

        Assert.Empty(Warnings(new DateOnly(2026, 3, 15), ellis, Brook()));
    }

    [Fact]
    public void TheOnlyTrainerLeavesTheLearningActionPackOneShortAndSilverTwoShort()
    {
        var warning = Assert.Single(Warnings(new DateOnly(2026, 3, 15), Ellis()));

        Assert.Collection(warning.Options,
            pack => Assert.Equal(("R-LAP-1", 1m), (pack.CheckWithout.RuleId, pack.Lacks)),
            silver => Assert.Equal(("R-SLV-1", 2m), (silver.CheckWithout.RuleId, silver.Lacks)));
    }

    [Fact]
    public void TwoTrainersLapsingBeforeTheAnniversaryAreEachWarnedWithTheWholeShortfall()
    {
        // Silver needs 2; as recorded both lapse, so it lacks 2 — and renewing either one alone would still leave it 1 short.
        var warnings = Warnings(new DateOnly(2026, 3, 10), Ellis(), Mct("Finley", "MCT-FINLEY", new DateOnly(2026, 3, 20)));

        Assert.Equal(["MCT-FINLEY", "MCT-ELLIS"], warnings.Select(w => w.MctId));
        Assert.All(warnings, w => Assert.Equal([1m, 2m], w.Options.Select(o => o.Lacks)));
    }

    [Theory]
    [InlineData("2026-03-24", 0)]
    [InlineData("2026-03-25", 1)]
    public void TheLeadTimeIsConfigurable(string today, int expected)
    {
        var date = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, TrainerLapse.DueOn(date, 7, Renewals([Ellis(), Brook()])).Count);
    }

    [Fact]
    public void AnAnniversaryAlreadyReachedIsNotAnUpcomingRenewal()
    {
        // Evaluated on 2026-05-10 for an anniversary of 2026-05-01 (in grace): the lapse on 2026-06-01 does not touch that renewal.
        var ellis = Mct("Ellis", "MCT-ELLIS", new DateOnly(2026, 5, 31));

        Assert.Empty(TrainerLapse.DueOn(new DateOnly(2026, 5, 10), 30, Renewals([ellis, Brook()])));
    }

    private static IReadOnlyList<TrainerLapseWarning> Warnings(DateOnly today, params Trainer[] trainers) =>
        TrainerLapse.DueOn(today, 30, Renewals(trainers));

    private static IReadOnlyList<UpcomingRenewal> Renewals(Trainer[] trainers)
    {
        var facts = new PartnerFacts("US", trainers, [new ExamPass(1, "SC-900", "Ellis", new DateOnly(2025, 10, 1), TestFacts.Verified)],
            new KpiTotals(new Dictionary<string, decimal> { ["courseware"] = 150m }));
        return [new UpcomingRenewal(Pack, Anniversary, TestRuleSets.Small(), facts), new UpcomingRenewal(Silver, Anniversary, TestRuleSets.Small(), facts)];
    }

    private static Trainer Ellis() => Mct("Ellis", "MCT-ELLIS", new DateOnly(2026, 3, 31));

    private static Trainer Brook() => Mct("Brook", "MCT-BROOK", new DateOnly(2027, 1, 31));

    private static Trainer Mct(string name, string mctId, DateOnly validUntil) => new(1, name, mctId, validUntil, TestFacts.Verified);
}
