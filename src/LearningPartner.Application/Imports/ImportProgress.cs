namespace LearningPartner.Application.Imports;

/// <summary>What a running preview or commit is doing: reading the file, checking rows, saving them.</summary>
public enum ImportPhase
{
    Reading,
    Checking,
    Saving,
    Recording,
    Done,
}

/// <summary>A progress report of a large import: <paramref name="Done"/> of <paramref name="Total"/> rows in a phase.</summary>
public sealed record ImportProgress(ImportPhase Phase, int Done, int Total)
{
    public int Percent => Total <= 0 ? 0 : (int)(100L * Math.Min(Done, Total) / Total);
}
