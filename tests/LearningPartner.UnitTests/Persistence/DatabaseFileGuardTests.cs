using System.Data.Common;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;

namespace LearningPartner.UnitTests.Persistence;

/// <summary>
/// Issue 20: a write is never reported done when the database file it went into is no longer the one the portal started on —
/// neither when the file is gone before the save, nor when it goes while the save commits.
/// </summary>
public sealed class DatabaseFileGuardTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"guard-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task ASaveIntoTheHeldFileIsDone()
    {
        var file = HeldFile();
        await using var db = await ContextAsync(file);

        db.ResourceLinks.AddRange(ResourceLinkDefaults.Create());

        Assert.True(await db.SaveChangesAsync() > 0);
    }

    [Fact]
    public async Task ASaveAfterTheFileWasRemovedFailsBeforeAnyCommand()
    {
        var file = HeldFile();
        await using var db = await ContextAsync(file);
        File.Delete(_path);

        db.ResourceLinks.AddRange(ResourceLinkDefaults.Create());

        await Assert.ThrowsAsync<DatabaseFileLostException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task ASaveWhoseFileIsRemovedWhileItCommitsIsNotReportedDone()
    {
        var file = HeldFile();
        await using var db = await ContextAsync(file, new RemovesTheFileAsItCommits(_path));

        db.ResourceLinks.AddRange(ResourceLinkDefaults.Create());

        await Assert.ThrowsAsync<DatabaseFileLostException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public void AFileMovedAwayAndAnotherPutInItsPlaceIsNotIntact()
    {
        var file = HeldFile();
        File.Move(_path, _path + ".moved");
        File.WriteAllBytes(_path, []);

        Assert.False(file.IsIntact);
        File.Delete(_path + ".moved");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }

    private DatabaseFile HeldFile()
    {
        var file = new DatabaseFile(_path, NullLogger<DatabaseFile>.Instance);
        file.Create();
        using (var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite($"Data Source={_path}",
                   o => o.MigrationsAssembly(PersistenceServiceCollectionExtensions.SqliteMigrationsAssembly)).Options))
        {
            db.Database.Migrate();
        }

        file.Hold();
        Assert.True(file.IsIntact);
        return file;
    }

    private async Task<PortalDbContext> ContextAsync(DatabaseFile file, params IInterceptor[] more)
    {
        var db = new PortalDbContext(new DbContextOptionsBuilder<PortalDbContext>()
            .UseSqlite($"Data Source={_path};Mode=ReadWrite")
            .AddInterceptors([new DatabaseFileGuard(file), .. more])
            .Options);
        await db.Database.OpenConnectionAsync(); // opened while the file is in place, as a pooled connection would be
        return db;
    }

    /// <summary>The file disappears between the save's commands and its commit.</summary>
    private sealed class RemovesTheFileAsItCommits(string path) : DbTransactionInterceptor
    {
        public override ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData,
            InterceptionResult result, CancellationToken cancellationToken = default)
        {
            File.Delete(path);
            return ValueTask.FromResult(result);
        }
    }
}
