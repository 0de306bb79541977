using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Programs;
using LearningPartner.Domain.Trainers;
using LearningPartner.UnitTests.Rules;

namespace LearningPartner.UnitTests.Trainers;

/// <summary>R-MCT-1, R-MCT-2: only verified facts count, on a date within the membership and before the affiliation ended.</summary>
public sealed class FactVerificationTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AClaimCountsOnlyOnceVerifiedAndARejectedOneNever()
    {
        var claimed = new Trainer(1, "Mina Zhang", "MCT0001", new DateOnly(2027, 6, 30), TestFacts.Claimed);
        var rejected = new Trainer(1, "Mina Zhang", "MCT0002", new DateOnly(2027, 6, 30), TestFacts.Claimed);
        var day = new DateOnly(2026, 12, 1);

        Assert.False(claimed.CountsOn(day));
        claimed.Verify(At, "Sam Rivera", "Transcript checked");
        rejected.Reject(At, "Sam Rivera", "No MCT membership on the transcript");

        Assert.True(claimed.CountsOn(day));
        Assert.False(rejected.CountsOn(day));
        Assert.Equal((FactStatus.Rejected, "No MCT membership on the transcript"), (rejected.Review.Status, rejected.Review.RejectionReason));
        Assert.Throws<InvalidOperationException>(() => rejected.Verify(At, "Sam Rivera", "changed my mind"));
    }

    [Theory]
    [InlineData("2027-06-30", "2026-12-01", "2026-11-30", true)] // within the membership, before the affiliation ends
    [InlineData("2027-06-30", "2026-12-01", "2026-12-01", false)] // the affiliation ended from 2026-12-01
    [InlineData("2026-11-30", "2027-01-01", "2026-11-30", true)] // the membership's last day is included
    [InlineData("2026-11-30", "2027-01-01", "2026-12-01", false)] // the membership ended on 2026-11-30
    public void AVerifiedTrainerCountsWithinItsMembershipAndUntilItsAffiliationEnds(string validUntil, string leftOn, string day, bool counts)
    {
        var trainer = new Trainer(1, "Mina Zhang", "MCT0001", DateOnly.Parse(validUntil), TestFacts.Verified);
        trainer.Retire(DateOnly.Parse(leftOn));

        Assert.Equal(counts, trainer.CountsOn(DateOnly.Parse(day)));
    }

    [Fact]
    public void ChangingAVerifiedFactMakesItANewClaimButARenameKeepsTheVerification()
    {
        var trainer = new Trainer(1, "Mina Zhang", "MCT0001", new DateOnly(2027, 6, 30), TestFacts.Verified);

        trainer.Change("Mina Zhang-Li", "MCT0001", new DateOnly(2027, 6, 30), null, At, "Avery");
        Assert.True(trainer.IsVerified);

        trainer.Change("Mina Zhang-Li", "MCT0001", new DateOnly(2028, 6, 30), null, At, "Avery");
        Assert.Equal((FactStatus.AwaitingVerification, At, "Avery"), (trainer.Review.Status, trainer.Review.ClaimedAt, trainer.Review.ClaimedBy));

        var pass = new ExamPass(1, "AZ-104", "Mina", new DateOnly(2026, 10, 1), TestFacts.Verified);
        pass.Change("AZ-104", "Mina", new DateOnly(2026, 10, 2), At, "Avery");
        Assert.False(pass.CountsOn(new DateOnly(2026, 12, 1)));
    }

    [Fact]
    public void AClaimNeedsALinkOrADocumentAndEitherIsEnough()
    {
        var pdfOnly = FactReview.Claim(At, "Avery", null, "0123456789abcdef0123456789abcdef.bin");

        Assert.Equal((null, "0123456789abcdef0123456789abcdef.bin", FactStatus.AwaitingVerification),
            (pdfOnly.EvidenceLink, pdfOnly.EvidenceDocument, pdfOnly.Status));
        Assert.Throws<ArgumentException>(() => FactReview.Claim(At, "Avery", " ", null));
    }

    [Fact]
    public void ANewTranscriptIsANewClaimEvenWithoutChangedFactsAndKeepsTheLink()
    {
        var trainer = new Trainer(1, "Mina Zhang", "MCT0001", new DateOnly(2027, 6, 30), TestFacts.Verified);
        var claimed = new Trainer(1, "Ola Berg", "MCT0002", new DateOnly(2027, 6, 30), TestFacts.Claimed);

        trainer.Change("Mina Zhang", "MCT0001", new DateOnly(2027, 6, 30), null, At, "Avery", "new.bin");
        claimed.Change("Ola Berg", "MCT0002", new DateOnly(2027, 6, 30), null, At, "Avery", "newer.bin");

        Assert.Equal((FactStatus.AwaitingVerification, "new.bin", At), (trainer.Review.Status, trainer.Review.EvidenceDocument, trainer.Review.ClaimedAt));
        Assert.Equal(("newer.bin", TestFacts.Claimed.EvidenceLink), (claimed.Review.EvidenceDocument, claimed.Review.EvidenceLink));
    }

    [Fact]
    public void DistinctVerifiedMctsCountAndAClaimAddsNothing()
    {
        // The same MCT id twice (one verified, one claimed under another case) is one MCT; the claim adds none.
        var facts = new PartnerFacts("US",
            [
                new Trainer(1, "A", "MCT-1", new DateOnly(2027, 6, 30), TestFacts.Verified),
                new Trainer(1, "A again", "mct-1", new DateOnly(2027, 6, 30), TestFacts.Verified),
                new Trainer(1, "B", "MCT-2", new DateOnly(2027, 6, 30), TestFacts.Claimed),
            ],
            [], new KpiTotals(new Dictionary<string, decimal>()));

        var result = EligibilityEvaluator.Evaluate(TestRuleSets.Small(), new DateOnly(2026, 3, 1), facts);

        Assert.Equal(1m, result.LearningActionPack.Checks.Single(c => c.Kind == RequirementKind.Mct).Actual);
    }

    [Fact]
    public void VerifyingAClaimThatCompletesARequirementNamesTheOptionItMeets()
    {
        // The small rule set's LAP needs 1 MCT: the partner has only a claimed one.
        var claim = new Trainer(1, "B", "MCT-2", new DateOnly(2027, 6, 30), TestFacts.Claimed);
        var facts = new PartnerFacts("US", [claim], [], new KpiTotals(new Dictionary<string, decimal> { ["courseware"] = 150m }));

        var meets = ClaimImpact.OfVerifying(TestRuleSets.Small(), new DateOnly(2026, 3, 1), facts, claim);

        Assert.Contains(new MetOption(LearningLevel.LearningActionPack, null, null), meets);
        Assert.False(claim.IsVerified); // the what-if never changes the claim itself
    }
}
