using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Programs;

namespace LearningPartner.UnitTests.Rules;

/// <summary>
/// What a confirmed renewal payment does (R-DATE-3, R-GLD-2): the options below were activated on 2025-12-01, so their AD
/// is 2026-12-01, and the renewal is paid in grace, on 2026-12-10.
/// </summary>
public sealed class RenewalPaymentTests
{
    private static readonly DateOnly Anniversary = new(2026, 12, 1);
    private static readonly DateTimeOffset PaidAt = new(2026, 12, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AtTheSameLevelTheAnniversaryMovesAYearFromTheOldOneHoweverLatePaid()
    {
        var gold = Held(LearningLevel.Gold, "SECURITY");

        var continued = RenewalPayment.Apply(gold, LearningLevel.Gold, NotExtended(), lowerAlreadyHeld: false, PaidAt);

        Assert.Null(continued);
        Assert.Equal(new DateOnly(2027, 12, 1), gold.AnniversaryDate);
        Assert.Null(gold.EndedOn);
    }

    [Fact]
    public void AStepDownEndsTheOptionOnItsAnniversaryAndContinuesAtTheLowerLevelFromThatDay()
    {
        var gold = Held(LearningLevel.Gold, "SECURITY");

        var silver = RenewalPayment.Apply(gold, LearningLevel.Silver, NotExtended(), lowerAlreadyHeld: false, PaidAt)!;

        Assert.Equal(Anniversary, gold.EndedOn);
        Assert.Equal((LearningLevel.Silver, "SECURITY"), (silver.Level, silver.CompetencyCode));
        Assert.Equal(Anniversary, silver.ActivationDate);
        Assert.Equal(new DateOnly(2027, 12, 1), silver.AnniversaryDate);
        Assert.Equal(gold.PartnerOrganisationId, silver.PartnerOrganisationId);
    }

    [Fact]
    public void AStepDownToTheLearningActionPackBelongsToNoCompetency()
    {
        var silver = Held(LearningLevel.Silver, "SECURITY");

        var lap = RenewalPayment.Apply(silver, LearningLevel.LearningActionPack, NotExtended(), lowerAlreadyHeld: false, PaidAt)!;

        Assert.Equal((LearningLevel.LearningActionPack, (string?)null), (lap.Level, lap.CompetencyCode));
    }

    [Fact]
    public void AStepDownToAnOptionHeldAlreadyEndsThisOneAndMakesNoOther()
    {
        var gold = Held(LearningLevel.Gold, "SECURITY");

        Assert.Null(RenewalPayment.Apply(gold, LearningLevel.Silver, NotExtended(), lowerAlreadyHeld: true, PaidAt));
        Assert.Equal(Anniversary, gold.EndedOn);
    }

    [Fact]
    public void AnExtendedAnniversaryIsTheOneTheNextYearRunsFrom()
    {
        // R-EXT-1: an extension moved the AD by three months, to 2027-03-01.
        var gold = Held(LearningLevel.Gold, "SECURITY");
        var extended = new ExtendedAnniversary(Anniversary, new DateOnly(2027, 3, 1), null);

        var silver = RenewalPayment.Apply(gold, LearningLevel.Silver, extended, lowerAlreadyHeld: false, PaidAt)!;

        Assert.Equal(new DateOnly(2027, 3, 1), gold.EndedOn);
        Assert.Equal(new DateOnly(2028, 3, 1), silver.AnniversaryDate);
    }

    [Fact]
    public void ARenewalNeverStepsUp() =>
        Assert.Throws<InvalidOperationException>(() =>
            RenewalPayment.Apply(Held(LearningLevel.Silver, "SECURITY"), LearningLevel.Gold, NotExtended(), lowerAlreadyHeld: false, PaidAt));

    private static Enrollment Held(LearningLevel level, string? competency)
    {
        var enrollment = new Enrollment(7, level, competency, DateTimeOffset.UnixEpoch);
        enrollment.Activate(new DateOnly(2025, 12, 1));
        return enrollment;
    }

    private static ExtendedAnniversary NotExtended() => new(Anniversary, Anniversary, null);
}
