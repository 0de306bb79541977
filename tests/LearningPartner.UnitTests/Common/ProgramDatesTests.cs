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

    [Theory]
    [InlineData("UTC", "2026-11-25", "2026-11-25T00:00:00Z")]
    [InlineData("Asia/Shanghai", "2026-11-25", "2026-11-24T16:00:00Z")] // UTC+8
    [InlineData("America/Los_Angeles", "2026-07-01", "2026-07-01T07:00:00Z")] // summer time, UTC-7
    [InlineData("America/Los_Angeles", "2026-03-08", "2026-03-08T08:00:00Z")] // its clocks change at 02:00, after midnight
    [InlineData("America/Santiago", "2024-09-08", "2024-09-08T04:00:00Z")] // midnight skipped: the day starts at 01:00 (UTC-3)
    [InlineData("America/Santiago", "2024-04-07", "2024-04-07T04:00:00Z")] // clocks go back at midnight: 6 April's last hour happens twice
    [InlineData("America/Havana", "2024-11-03", "2024-11-03T04:00:00Z")] // clocks go back at 01:00: midnight happens twice, first at UTC-4
    public void ADateStartsAtMidnightInTheProgramsTimeZone(string zone, string date, string start) =>
        Assert.Equal(DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            ProgramDates.StartOf(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), TimeZoneInfo.FindSystemTimeZoneById(zone)));

    [Theory]
    [InlineData("UTC")]
    [InlineData("Asia/Shanghai")]
    [InlineData("America/Los_Angeles")]
    [InlineData("America/Santiago")]
    [InlineData("America/Havana")]
    [InlineData("Australia/Lord_Howe")] // half-hour daylight saving
    public void TheStartOfADateIsItsFirstInstant(string zone)
    {
        var programZone = TimeZoneInfo.FindSystemTimeZoneById(zone);
        for (var date = new DateOnly(2024, 1, 1); date < new DateOnly(2025, 1, 1); date = date.AddDays(1))
        {
            var start = ProgramDates.StartOf(date, programZone);

            Assert.Equal(date, ProgramDates.Today(start, programZone));
            Assert.Equal(date.AddDays(-1), ProgramDates.Today(start.AddTicks(-1), programZone));
        }
    }
}
