using LearningPartner.Domain.FactImports;
using LearningPartner.Domain.Trainers;

namespace LearningPartner.UnitTests.Trainers;

/// <summary>R-MCT-1: how a row of a roster or exam results file meets the partner's listed facts, worked out by hand.</summary>
public sealed class FactMatchTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly June30 = new(2027, 6, 30);

    [Fact]
    public void AnMctIdThePartnerDoesNotListIsNew()
    {
        var other = new Trainer(1, "Mina Zhang", "MCT0001", June30, TestFacts.Claimed);

        Assert.Equal(new FactMatch(FactRowOutcome.New, null), FactMatch.OfRosterEntry("MCT0002", June30, [other]));
    }

    [Theory]
    [InlineData("claimed", "2027-06-30", FactRowOutcome.VerifiesClaim)]
    [InlineData("verified", "2027-06-30", FactRowOutcome.AlreadyRecorded)]
    [InlineData("rejected", "2027-06-30", FactRowOutcome.Conflict)] // a person's decision is not overridden by a file
    [InlineData("claimed", "2027-07-31", FactRowOutcome.Conflict)] // the partner claims another valid-until
    [InlineData("verified", "2027-07-31", FactRowOutcome.Conflict)]
    public void TheSameMctIdMatchesByItsValidUntilAndItsReview(string review, string rosterValidUntil, FactRowOutcome expected)
    {
        var trainer = new Trainer(1, "Mina Zhang", "MCT0001", June30, review == "verified" ? TestFacts.Verified : TestFacts.Claimed);
        if (review == "rejected")
        {
            trainer.Reject(At, "Support", "No membership shown");
        }

        var match = FactMatch.OfRosterEntry(" mct0001 ", DateOnly.Parse(rosterValidUntil), [trainer]);

        Assert.Equal(expected, match.Outcome);
        Assert.Same(trainer, match.Recorded);
    }

    [Fact]
    public void ATrainerWhoseAffiliationEndedConflictsEvenWithTheSameValues()
    {
        var trainer = new Trainer(1, "Mina Zhang", "MCT0001", June30, TestFacts.Claimed);
        trainer.Retire(new DateOnly(2026, 12, 1));

        Assert.Equal(FactRowOutcome.Conflict, FactMatch.OfRosterEntry("MCT0001", June30, [trainer]).Outcome);
    }

    [Fact]
    public void AnExamResultMatchesTheSamePersonAndExamInAnyCasePreferringThePassOnItsDate()
    {
        var earlier = new ExamPass(1, "AZ-104", "Li Wei", new DateOnly(2026, 3, 1), TestFacts.Verified);
        var claimed = new ExamPass(1, "AZ-104", "Li Wei", new DateOnly(2026, 10, 1), TestFacts.Claimed);
        var otherPerson = new ExamPass(1, "AZ-104", "Wei Li", new DateOnly(2026, 10, 1), TestFacts.Claimed);

        var match = FactMatch.OfExamResult("az-104", " LI WEI ", new DateOnly(2026, 10, 1), [earlier, otherPerson, claimed]);

        Assert.Equal(new FactMatch(FactRowOutcome.VerifiesClaim, claimed), match);
        Assert.Equal(new FactMatch(FactRowOutcome.Conflict, earlier),
            FactMatch.OfExamResult("AZ-104", "Li Wei", new DateOnly(2026, 5, 5), [earlier]));
        Assert.Equal(new FactMatch(FactRowOutcome.New, null), FactMatch.OfExamResult("AZ-305", "Li Wei", new DateOnly(2026, 10, 1), [earlier, claimed]));
    }

    [Fact]
    public void OfTwoListingsOfTheSamePassTheVerifiedOneIsTheRecord()
    {
        var claimed = new ExamPass(1, "PL-300", "Li Wei", new DateOnly(2026, 10, 1), TestFacts.Claimed);
        var verified = new ExamPass(1, "PL-300", "Li Wei", new DateOnly(2026, 10, 1), TestFacts.Verified);

        Assert.Equal(new FactMatch(FactRowOutcome.AlreadyRecorded, verified),
            FactMatch.OfExamResult("PL-300", "Li Wei", new DateOnly(2026, 10, 1), [claimed, verified]));
    }
}
