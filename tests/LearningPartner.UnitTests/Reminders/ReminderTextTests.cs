using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Programs;
using LearningPartner.Infrastructure.Reminders;

namespace LearningPartner.UnitTests.Reminders;

/// <summary>
/// R-RNW-2: a reminder states the facts of the day it is sent. A silver Security option with AD 2026-11-21 and 30 days of
/// grace: grace ends on 2026-12-21, so its last day is 2026-12-20.
/// </summary>
public sealed class ReminderTextTests
{
    private static readonly Enrollment Silver = new(1, LearningLevel.Silver, "SECURITY", new DateTimeOffset(2025, 11, 1, 9, 0, 0, TimeSpan.Zero));
    private static readonly DateOnly Anniversary = new(2026, 11, 21);
    private static readonly DateOnly GraceEnds = new(2026, 12, 21);

    [Theory]
    [InlineData("2026-11-06", "Your Silver learning option in SECURITY renews on 2026-11-21 (in 15 days)")]  // on its day, AD − 15
    [InlineData("2026-11-16", "Your Silver learning option in SECURITY renews on 2026-11-21 (in 5 days)")]   // caught up 10 days late
    [InlineData("2026-11-20", "Your Silver learning option in SECURITY renews on 2026-11-21 (in 1 day)")]
    [InlineData("2026-11-21", "Renew your Silver learning option in SECURITY now: its anniversary date is today (2026-11-21)")]
    [InlineData("2026-12-16", "Your Silver learning option in SECURITY: the anniversary date was 2026-11-21; renew by 2026-12-20 or the option lapses")]
    public void TheSubjectTellsTheFactsOfTheDayItIsSent(string sentOn, string subject)
    {
        var (actual, body) = ReminderText.Compose(Silver, DateOnly.Parse(sentOn, System.Globalization.CultureInfo.InvariantCulture), Anniversary, GraceEnds);

        Assert.Equal(subject, actual);
        Assert.Contains($"As of {sentOn}:", body);
        Assert.Contains("in grace until 2026-12-20", body);
    }

    [Fact]
    public void OnlyTheAnniversaryDateSaysToday()
    {
        var late = ReminderText.Compose(Silver, new DateOnly(2026, 11, 22), Anniversary, GraceEnds);

        Assert.DoesNotContain("today", late.Subject + late.Body, StringComparison.OrdinalIgnoreCase);
    }
}
