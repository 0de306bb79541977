namespace LearningPartner.Domain.PartnerDirectory;

/// <summary>
/// R-DIR-4: the monthly editorial batch. Requests made on days 1–21 join that month's batch, later ones the
/// next month's; the batch is reviewed in the third week (days 15–21) and approved changes are visible from
/// day 7 of the following month.
/// </summary>
public sealed record DirectoryBatch(int Year, int Month)
{
    public const int LastRequestDay = 21;
    public const int ReviewFromDay = 15;
    public const int PublicationDay = 7;

    public DateOnly ReviewFrom => new(Year, Month, ReviewFromDay);

    public DateOnly ReviewTo => new(Year, Month, LastRequestDay);

    public DateOnly PublishOn => new DateOnly(Year, Month, PublicationDay).AddMonths(1);

    public static DirectoryBatch For(DateOnly requestDate)
    {
        var month = requestDate.Day <= LastRequestDay
            ? new DateOnly(requestDate.Year, requestDate.Month, 1)
            : new DateOnly(requestDate.Year, requestDate.Month, 1).AddMonths(1);
        return new DirectoryBatch(month.Year, month.Month);
    }

    /// <summary>
    /// The batch the editors work on: the latest whose third week has begun — this month's from the 15th, last month's
    /// before it (a late review of last month's batch is still due).
    /// </summary>
    public static DirectoryBatch UnderReviewOn(DateOnly date)
    {
        var month = new DateOnly(date.Year, date.Month, 1).AddMonths(date.Day >= ReviewFromDay ? 0 : -1);
        return new DirectoryBatch(month.Year, month.Month);
    }

    public override string ToString() => $"{Year:0000}-{Month:00}";
}
