namespace LearningPartner.Domain.Programs;

/// <summary>Program years run July–June and are named by the year in which they end (FY2021 = 2020-07-01 … 2021-06-30).</summary>
public static class ProgramYear
{
    public static string NameOf(DateOnly date) => $"FY{(date.Month >= 7 ? date.Year + 1 : date.Year)}";
}
