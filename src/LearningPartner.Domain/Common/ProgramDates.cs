namespace LearningPartner.Domain.Common;

/// <summary>Calendar arithmetic of the program (R-DATE-1, R-DATE-3).</summary>
public static class ProgramDates
{
    /// <summary>
    /// "Today" as a calendar date in the program's time zone (R-DATE-1): the clock is passed in, never read here.
    /// </summary>
    public static DateOnly Today(DateTimeOffset now, TimeZoneInfo programTimeZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, programTimeZone).DateTime);

    /// <summary>R-DATE-3: "+ 1 year"; 29 February gives 28 February.</summary>
    public static DateOnly PlusOneYear(DateOnly date) => date.AddYears(1);

    /// <summary>The first day of the date's month.</summary>
    public static DateOnly MonthStart(DateOnly date) => new(date.Year, date.Month, 1);
}
