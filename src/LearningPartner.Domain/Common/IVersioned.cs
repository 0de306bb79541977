namespace LearningPartner.Domain.Common;

/// <summary>
/// A row that people edit concurrently. <see cref="Version"/> is the optimistic concurrency token:
/// renewed on every save, so a stale edit is refused instead of silently overwriting.
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
