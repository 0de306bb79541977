using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LearningPartner.SqlServerTests.Queries;

/// <summary>
/// Keeps one copy of each kind of write the portal saves: per entity type and state (and, for an update, the columns it
/// sets), the rows of one save as they were about to be written, so the SQL Server provider can render the same write.
/// </summary>
public sealed class WriteRecorder(IHttpContextAccessor requests) : SaveChangesInterceptor
{
    private static readonly MethodInfo ShallowCopy = typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!;

    private readonly ConcurrentDictionary<string, RecordedWrite> _writes = new();

    public IReadOnlyCollection<RecordedWrite> Writes => [.. _writes.Values];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context!);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Record(eventData.Context!);
        return ValueTask.FromResult(result);
    }

    private void Record(DbContext context)
    {
        var request = requests.HttpContext?.Request;
        var origin = request is null ? "(no request)" : $"{request.Method} {request.Path}";
        var changes = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(Copy)
            .GroupBy(c => (c.EntityType, c.State, Columns: string.Join(",", c.Modified)));
        foreach (var group in changes)
        {
            // One row and several rows render differently (SQL Server batches several inserts into one MERGE).
            var key = $"{group.Key.EntityType} {group.Key.State} [{group.Key.Columns}] {(group.Count() == 1 ? "one" : "several")}";
            _writes.TryAdd(key, new RecordedWrite(key, [.. group], origin));
        }
    }

    private static RecordedChange Copy(EntityEntry entry) => new(
        ShallowCopy.Invoke(entry.Entity, null)!,
        entry.Metadata.Name,
        entry.State,
        entry.State == EntityState.Modified ? [.. entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name).Order(StringComparer.Ordinal)] : [],
        entry.Properties.Where(p => p.Metadata.IsShadowProperty()).ToDictionary(p => p.Metadata.Name, p => p.CurrentValue));
}

/// <summary>The rows of one kind of write, as one save was about to write them.</summary>
public sealed record RecordedWrite(string Key, IReadOnlyList<RecordedChange> Changes, string Origin);

/// <summary>A row to write: a copy of the entity, its state, the columns an update sets, and its shadow values.</summary>
public sealed record RecordedChange(object Entity, string EntityType, EntityState State, IReadOnlyList<string> Modified,
    IReadOnlyDictionary<string, object?> Shadow);
