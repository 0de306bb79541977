using LearningPartner.Domain.Common;
using LearningPartner.Domain.Discrepancies;

namespace LearningPartner.UnitTests.Discrepancies;

/// <summary>R-DSC-1..2: a case's life from submission to a final resolution, and its age against support's target.</summary>
public sealed class DiscrepancyCaseTests
{
    private static readonly DateTimeOffset Submitted = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ANewCaseIsSubmittedUnassignedWithThePartnersClaim()
    {
        var c = Case();

        Assert.Equal((DiscrepancyStatus.Submitted, (string?)null, true), (c.Status, c.AssignedTo, c.IsOpen));
        Assert.Equal(new DiscrepancyClaim(10, 2026, "MOC", 12, "CM2610-0042", 12m, new Money(1140m, "USD")), c.Claim);
    }

    [Fact]
    public void TakingItPutsItInReviewAndAnotherStaffMemberMayTakeItOver()
    {
        var c = Case();

        c.Take("ana (Ana Support)", Submitted.AddHours(1));
        Assert.Equal((DiscrepancyStatus.InReview, "ana (Ana Support)"), (c.Status, c.AssignedTo));

        c.Take("bo (Bo Support)", Submitted.AddHours(2));
        Assert.Equal((DiscrepancyStatus.InReview, "bo (Bo Support)"), (c.Status, c.AssignedTo));
    }

    [Fact]
    public void AskingThePartnerWaitsForItsAnswerWhichHandsTheCaseBackToSupport()
    {
        var c = Case();

        var question = c.AskPartner("ana (Ana Support)", Submitted.AddDays(1), "Please attach the invoice.");
        Assert.Equal((DiscrepancyStatus.WaitingForPartner, "ana (Ana Support)", false), (c.Status, c.AssignedTo, question.FromPartner));
        Assert.Throws<InvalidOperationException>(() => c.AskPartner("ana (Ana Support)", Submitted.AddDays(1), "Again?"));

        var answer = c.Answer("pat (Pat Admin)", Submitted.AddDays(2), "Attached.", new CaseDocument("invoice.pdf", "key.bin"));
        Assert.Equal((DiscrepancyStatus.InReview, true, "invoice.pdf"), (c.Status, answer.FromPartner, answer.DocumentFileName));
        Assert.Equal(2, c.Messages.Count);
        Assert.Throws<InvalidOperationException>(() => c.Answer("pat (Pat Admin)", Submitted.AddDays(2), "Unasked.", null));
    }

    [Fact]
    public void ACorrectionResolvesTheCaseWithItsReasonAndKpiChangeAndIsFinal()
    {
        var c = Case();

        c.ResolveCorrected("ana (Ana Support)", Submitted.AddDays(3), "The import missed line 1.", 77, 12m);

        Assert.Equal((DiscrepancyStatus.Corrected, "The import missed line 1.", 12m, 77L, false),
            (c.Status, c.Resolution, c.KpiChange, c.CorrectedLineId, c.IsOpen));
        Assert.Equal(("ana (Ana Support)", "ana (Ana Support)", Submitted.AddDays(3)), (c.AssignedTo, c.ResolvedBy, c.ResolvedAt));
        Assert.Throws<InvalidOperationException>(() => c.Reject("bo (Bo Support)", Submitted.AddDays(4), "No."));
        Assert.Throws<InvalidOperationException>(() => c.Take("bo (Bo Support)", Submitted.AddDays(4)));
    }

    [Fact]
    public void ARejectionKeepsTheReasonThePartnerSeesAndChangesNoKpi()
    {
        var c = Case();
        c.AskPartner("ana (Ana Support)", Submitted.AddDays(1), "Which line?");

        c.Reject("ana (Ana Support)", Submitted.AddDays(9), "No invoice was provided.");

        Assert.Equal((DiscrepancyStatus.Rejected, "No invoice was provided.", (decimal?)null), (c.Status, c.Resolution, c.KpiChange));
        Assert.Throws<InvalidOperationException>(() => c.ResolveCorrected("ana", Submitted.AddDays(9), "x", 1, 1m));
    }

    [Fact]
    public void AResolutionNeedsAReason() =>
        Assert.Throws<ArgumentException>(() => Case().Reject("ana (Ana Support)", Submitted, " "));

    [Theory]
    // Target 5 days: 5 days exactly is not over it; a case waiting for the partner is never support's delay.
    [InlineData(5 * 24, false, false)]
    [InlineData((5 * 24) + 1, false, true)]
    [InlineData(30 * 24, true, false)]
    public void OverTargetOnlyWhileSupportHoldsTheCase(int hoursLater, bool waitingForPartner, bool overTarget)
    {
        var c = Case();
        if (waitingForPartner)
        {
            c.AskPartner("ana (Ana Support)", Submitted.AddHours(1), "Which line?");
        }

        Assert.Equal(overTarget, c.IsOverTarget(Submitted.AddHours(hoursLater), TimeSpan.FromDays(5)));
    }

    [Fact]
    public void AResolvedCasesAgeStopsAtItsResolution()
    {
        var c = Case();
        c.Reject("ana (Ana Support)", Submitted.AddDays(2), "Duplicate of case 1.");

        Assert.Equal(TimeSpan.FromDays(2), c.Age(Submitted.AddDays(40)));
        Assert.False(c.IsOverTarget(Submitted.AddDays(40), TimeSpan.FromDays(5)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void AClaimsMonthIsOneToTwelve(int month) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DiscrepancyClaim(month, 2026, "MOC", 1, "CM-1", 1m, new Money(1m, "USD")));

    [Fact]
    public void AClaimCannotHaveNegativeUnits() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DiscrepancyClaim(1, 2026, "MOC", -1, "CM-1", 1m, new Money(1m, "USD")));

    private static DiscrepancyCase Case() =>
        new(1, new DiscrepancyClaim(10, 2026, "MOC", 12, "CM2610-0042", 12m, new Money(1140m, "USD")), "Missing from the dashboard.", null,
            "pat (Pat Admin)", Submitted);
}
