namespace LearningPartner.Domain.Common;

/// <summary>Calendar arithmetic of the program (R-DATE-1, R-DATE-3).</summary>
public static class ProgramDates
{
    /// <summary>
    /// "Today" as a calendar date in the program's time zone (R-DATE-1): the clock is passed in, never read here.
    /// </summary>
    public static DateOnly Today(DateTimeOffset now, TimeZoneInfo programTimeZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, programTimeZone).DateTime);

    /// <summary>
    /// R-DATE-1: the first instant of a calendar date in the program's time zone, so a range of dates [from, to] reads the
    /// instants [StartOf(from), StartOf(to + 1)). A day whose midnight falls in a daylight-saving gap starts when its clocks
    /// do (the gap's end); a day whose midnight happens twice starts at the first.
    /// </summary>
    public static DateTimeOffset StartOf(DateOnly date, TimeZoneInfo programTimeZone)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // An invalid (skipped) local time gets the offset before the change: midnight at that offset is the change itself.
        var offset = programTimeZone.IsAmbiguousTime(midnight)
            ? programTimeZone.GetAmbiguousTimeOffsets(midnight).Max()
            : programTimeZone.GetUtcOffset(midnight);
        return new DateTimeOffset(midnight, offset).ToUniversalTime();
    }

    /// <summary>R-DATE-3: "+ 1 year"; 29 February gives 28 February.</summary>
    public static DateOnly PlusOneYear(DateOnly date) => date.AddYears(1);

    /// <summary>The first day of the date's month.</summary>
    public static DateOnly MonthStart(DateOnly date) => new(date.Year, date.Month, 1);
}
