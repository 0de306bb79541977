using LearningPartner.Domain.Common;

namespace LearningPartner.UnitTests.Common;

public sealed class ProgramDatesTests
{
    [Theory]
    [InlineData("2020-02-29", "2021-02-28")] // R-DATE-3: 29 February + 1 year gives 28 February
    [InlineData("2024-02-29", "2025-02-28")]
    [InlineData("2023-02-28", "2024-02-28")]
    [InlineData("2019-12-31", "2020-12-31")]
    [InlineData("2020-01-10", "2021-01-10")]
    public void PlusOneYear(string date, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), ProgramDates.PlusOneYear(DateOnly.Parse(date)));

    [Fact]
    public void TodayIsTakenInTheProgramsTimeZone()
    {
        // R-DATE-1: 2026-11-25 23:30 UTC is already 26 November in Shanghai (UTC+8).
        var now = new DateTimeOffset(2026, 11, 25, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 11, 25), ProgramDates.Today(now, TimeZoneInfo.Utc));
        Assert.Equal(new DateOnly(2026, 11, 26), ProgramDates.Today(now, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")));
    }

    [Fact]
    public void TodayBeforeMidnightInAWesternZone()
    {
        // 2026-01-01 03:00 UTC is still 31 December in Los Angeles (UTC-8).
        var now = new DateTimeOffset(2026, 1, 1, 3, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2025, 12, 31), ProgramDates.Today(now, TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles")));
    }
}
