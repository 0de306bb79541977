using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Programs;
using LearningPartner.Domain.Reminders;

namespace LearningPartner.UnitTests.Rules;

/// <summary>Issue 6's reminders for an option with AD 2027-01-29 and 30 days of grace (grace ends after 2027-02-27).</summary>
public sealed class ReminderScheduleTests
{
    [Theory]
    [InlineData("2026-10-30", null)]
    [InlineData("2026-10-31", ReminderKind.NinetyDaysBefore)]      // AD − 90
    [InlineData("2026-12-29", ReminderKind.NinetyDaysBefore)]      // a missed run still catches up…
    [InlineData("2026-12-30", ReminderKind.ThirtyDaysBefore)]      // …until the next reminder is due (AD − 30)
    [InlineData("2027-01-28", ReminderKind.ThirtyDaysBefore)]
    [InlineData("2027-01-29", ReminderKind.OnAnniversary)]         // on the AD
    [InlineData("2027-02-20", ReminderKind.OnAnniversary)]
    [InlineData("2027-02-21", ReminderKind.SevenDaysBeforeGraceEnds)] // grace ends on 2027-02-28: 7 days before
    [InlineData("2027-02-27", ReminderKind.SevenDaysBeforeGraceEnds)]
    [InlineData("2027-02-28", null)]                               // lapsed: nothing more to remind
    public void TheReminderDueOnADate(string date, ReminderKind? expected)
    {
        var today = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var option = new OptionFacts(LearningLevel.Silver, "CLOUD-PLATFORM", new DateOnly(2026, 1, 29), new DateOnly(2027, 1, 29), null, []);

        var due = ReminderSchedule.DueOn(today, OptionLifecycle.StateOn(today, option, 30, []));

        Assert.Equal(expected, due?.Kind);
        if (due is not null)
        {
            Assert.Equal(new DateOnly(2027, 1, 29), due.Value.Anniversary);
        }
    }
}
