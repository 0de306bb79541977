using Microsoft.Extensions.Caching.Memory;

namespace LearningPartner.Application.Imports;

/// <summary>
/// The latest progress of running previews and commits, by the random id their form carries, for the page to poll
/// while the upload is processed. Held in this instance's memory for a few minutes: it is a display aid only —
/// on another instance the page simply shows that the work is running.
/// </summary>
public sealed class ImportProgressBoard(IMemoryCache cache)
{
    private static readonly TimeSpan Keep = TimeSpan.FromMinutes(10);

    public IProgress<ImportProgress> For(Guid progressId) => new Reporter(this, progressId);

    public ImportProgress? Get(Guid progressId) => cache.Get<ImportProgress>(Key(progressId));

    private void Set(Guid progressId, ImportProgress value) => cache.Set(Key(progressId), value, Keep);

    private static string Key(Guid progressId) => $"import-progress:{progressId:N}";

    /// <summary>Writes through at once (unlike <see cref="Progress{T}"/>, which posts to a synchronization context).</summary>
    private sealed class Reporter(ImportProgressBoard board, Guid progressId) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => board.Set(progressId, value);
    }
}
