using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Programs;
using LearningPartner.Domain.Reminders;

namespace LearningPartner.UnitTests.Rules;

/// <summary>R-RNW-2's reminders for an option with AD 2027-01-29 and 30 days of grace (grace ends on 2027-02-28).</summary>
public sealed class ReminderScheduleTests
{
    private static readonly DateOnly Anniversary = new(2027, 1, 29);
    private static readonly DateOnly GraceEnds = new(2027, 2, 28);

    [Theory]
    [InlineData("2027-01-13", null, null)]
    [InlineData("2027-01-14", ReminderKind.BeforeAnniversary, -15)] // AD − 15
    [InlineData("2027-02-20", ReminderKind.BeforeAnniversary, -15)] // a missed run still catches up…
    [InlineData("2027-02-21", ReminderKind.BeforeGraceEnds, 23)]    // …until the next is due: AD + 23 is also grace end − 7, one reminder
    [InlineData("2027-02-27", ReminderKind.BeforeGraceEnds, 23)]    // the last day of grace
    [InlineData("2027-02-28", null, null)]                          // lapsed: nothing more to remind (R-RNW-1)
    public void PartnerCentersDaysAreTheDefault(string date, ReminderKind? kind, int? offset)
    {
        var today = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var option = new OptionFacts(LearningLevel.Silver, "CLOUD-PLATFORM", new DateOnly(2026, 1, 29), Anniversary, null, []);

        var due = ReminderSchedule.DueOn(today, OptionLifecycle.StateOn(today, option, 30, []), ReminderDays.PartnerCenter);

        Assert.Equal(kind, due?.Kind);
        Assert.Equal(offset, due?.DayOffset);
        Assert.Equal(kind is null ? null : Anniversary, due?.Anniversary);
    }

    [Fact]
    public void ConfiguredDaysAreEachOneReminderInDateOrderAndNoneFromTheEndOfGrace()
    {
        var days = new ReminderDays([15, 60], [0, 10, 40], 7);

        var milestones = ReminderSchedule.Milestones(Anniversary, GraceEnds, days);

        // 40 days after the AD is after grace ended (2027-02-28): the option lapsed, nothing is sent.
        Assert.Equal(
        [
            (ReminderKind.BeforeAnniversary, -60, new DateOnly(2026, 11, 30)),
            (ReminderKind.BeforeAnniversary, -15, new DateOnly(2027, 1, 14)),
            (ReminderKind.OnAnniversary, 0, Anniversary),
            (ReminderKind.AfterAnniversary, 10, new DateOnly(2027, 2, 8)),
            (ReminderKind.BeforeGraceEnds, 23, new DateOnly(2027, 2, 21)),
        ], milestones.Select(m => (m.Kind, m.DayOffset, m.DueOn)));
    }

    [Fact]
    public void ARenewedOptionIsRemindedOfItsNextAnniversaryOnly()
    {
        // Renewed in grace: the AD moved to 2028-01-29; on 2027-02-21 (the old AD + 23) nothing is due.
        var today = new DateOnly(2027, 2, 21);
        var option = new OptionFacts(LearningLevel.Silver, "CLOUD-PLATFORM", new DateOnly(2026, 1, 29), new DateOnly(2028, 1, 29), null, []);

        Assert.Null(ReminderSchedule.DueOn(today, OptionLifecycle.StateOn(today, option, 30, []), ReminderDays.PartnerCenter));
    }

    [Theory]
    [InlineData(0, new int[0], 7, "every day before the anniversary date is at least 1")]
    [InlineData(15, new[] { -1 }, 7, "every day after the anniversary date is at least 0")]
    [InlineData(15, new[] { 23 }, 0, "the reminder before grace ends is at least 1 day before it")]
    [InlineData(15, new[] { 0, 23 }, 7, null)]
    public void AConfigurationThatCannotBeUsedSaysWhy(int before, int[] after, int beforeGraceEnds, string? problem) =>
        Assert.Equal(problem, new ReminderDays([before], after, beforeGraceEnds).Problem);
}
