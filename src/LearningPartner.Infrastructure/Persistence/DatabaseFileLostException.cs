namespace LearningPartner.Infrastructure.Persistence;

/// <summary>The SQLite file the portal started on was removed or replaced: nothing may be read from or written to another one.</summary>
public sealed class DatabaseFileLostException(string path)
    : InvalidOperationException($"The database file {path} was removed or replaced while the portal was running; restore it and restart the portal.");
