using LearningPartner.Domain.Common;

namespace LearningPartner.Domain.Kpis;

/// <summary>Whole calendar months [From, To): From and To are first days of months (R-DATE-1).</summary>
public readonly record struct MonthRange
{
    public MonthRange(DateOnly from, DateOnly to)
    {
        if (from.Day != 1 || to.Day != 1 || to < from)
        {
            throw new ArgumentException("A month range runs between first days of months.");
        }

        From = from;
        To = to;
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public DateOnly FirstMonth => From;

    /// <summary>The first day of the last month in the range.</summary>
    public DateOnly LastMonth => To.AddMonths(-1);

    /// <summary>The last day in the range (inclusive), for display.</summary>
    public DateOnly LastDay => To.AddDays(-1);

    public int MonthCount => ((To.Year - From.Year) * 12) + To.Month - From.Month;

    public bool Contains(DateOnly date) => From <= date && date < To;

    public IEnumerable<DateOnly> Months()
    {
        for (var month = From; month < To; month = month.AddMonths(1))
        {
            yield return month;
        }
    }

    /// <summary>The 12 months that end just before the given date's month.</summary>
    public static MonthRange TwelveMonthsBefore(DateOnly date)
    {
        var to = ProgramDates.MonthStart(date);
        return new MonthRange(to.AddMonths(-12), to);
    }

    public override string ToString() => $"{From:yyyy-MM} … {LastMonth:yyyy-MM}";
}
