using System.Security.Cryptography;
using System.Text;
using LearningPartner.Application.Common;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Sessions;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.Sessions;

/// <summary>
/// Server-side sign-in sessions (issue 20, ASVS 5.0 7.4.1), shared by every instance through the database: a sign-in starts one,
/// every signed-in request checks it is still open, sign-out ends it, staff end a user's sessions, and removing a user's
/// link ends theirs. The session cookie holds the key; the table holds only its hash.
/// </summary>
public sealed class SignInSessionService(PortalDbContext db, SqlitePreparedReads sqliteReads, AuditLog audit, ProgramClock clock)
{
    // Every signed-in request asks this (issue 12's budget): a prepared statement on SQLite, a compiled query on SQL Server.
    private const string SqliteIsOpen = """SELECT 1 FROM "SignInSessions" WHERE "KeyHash" = $p0 AND "EndedAt" IS NULL""";

    private static readonly Func<PortalDbContext, string, CancellationToken, Task<bool>> IsOpenQuery =
        EF.CompileAsyncQuery((PortalDbContext db, string hash, CancellationToken cancellationToken) =>
            db.SignInSessions.Any(s => s.KeyHash == hash && s.EndedAt == null));

    /// <summary>Records a new session for the user and returns its key, for the session cookie.</summary>
    public async Task<string> StartAsync(string objectId, string displayName, CancellationToken cancellationToken)
    {
        var key = SecretToken.New();
        var name = string.IsNullOrWhiteSpace(displayName) ? objectId : displayName.Length > 200 ? displayName[..200] : displayName;
        db.SignInSessions.Add(new SignInSession(Hash(key), objectId, name, clock.Now));
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    /// <summary>True while the session of <paramref name="key"/> has not been ended.</summary>
    public Task<bool> IsOpenAsync(string key, CancellationToken cancellationToken)
    {
        var hash = Hash(key);
        if (db.Database.IsSqlite() && db.Database.GetConnectionString() is { } connectionString && sqliteReads.CanRead(connectionString))
        {
            return Task.FromResult(sqliteReads.Read(connectionString, SqliteIsOpen, reader => reader.Read(), hash));
        }

        return IsOpenQuery(db, hash, cancellationToken);
    }

    /// <summary>Sign-out: ends the session of <paramref name="key"/>.</summary>
    public async Task EndAsync(string key, CancellationToken cancellationToken)
    {
        var hash = Hash(key);
        var session = await db.SignInSessions.FirstOrDefaultAsync(s => s.KeyHash == hash, cancellationToken);
        if (session is not null)
        {
            session.End(clock.Now, SessionEndReason.SignedOut);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>The sessions open now, per user, for support staff.</summary>
    public async Task<IReadOnlyList<OpenSessionsRow>> ListOpenAsync(TimeSpan absoluteTimeout, CancellationToken cancellationToken)
    {
        var since = clock.Now - absoluteTimeout;
        var sessions = await db.SignInSessions.AsNoTracking()
            .Where(s => s.EndedAt == null && s.StartedAt > since)
            .Select(s => new { s.ObjectId, s.DisplayName, s.StartedAt })
            .ToListAsync(cancellationToken);
        return sessions.GroupBy(s => s.ObjectId)
            .Select(g => new OpenSessionsRow(g.Key, g.OrderByDescending(s => s.StartedAt).First().DisplayName, g.Count(), g.Max(s => s.StartedAt)))
            .OrderBy(r => r.DisplayName, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.ObjectId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Support staff end every open session of a user: the user must sign in again, everywhere.</summary>
    public async Task<Result<int>> EndAllForAsync(string objectId, CancellationToken cancellationToken)
    {
        var ended = EndAllFor(objectId, SessionEndReason.EndedByStaff, await OpenSessionsOfAsync(objectId, cancellationToken));
        if (ended == 0)
        {
            return Result<int>.NotFound();
        }

        audit.Record(AuditAction.UserSessionsEnded, AuditSubject.OfUser(objectId), null, new EndedSessions(ended, nameof(SessionEndReason.EndedByStaff)));
        await db.SaveChangesAsync(cancellationToken);
        return ended;
    }

    /// <summary>
    /// Marks every open session of a user ended, for the caller's own SaveChanges (a deactivation saves the link's removal and
    /// the sessions' end in one transaction).
    /// </summary>
    public async Task<int> EndAllForDeactivatedAsync(string objectId, CancellationToken cancellationToken) =>
        EndAllFor(objectId, SessionEndReason.UserDeactivated, await OpenSessionsOfAsync(objectId, cancellationToken));

    private Task<List<SignInSession>> OpenSessionsOfAsync(string objectId, CancellationToken cancellationToken)
    {
        var key = objectId.Trim().ToLowerInvariant();
        return db.SignInSessions.Where(s => s.ObjectId == key && s.EndedAt == null).ToListAsync(cancellationToken);
    }

    private int EndAllFor(string objectId, SessionEndReason reason, List<SignInSession> sessions)
    {
        foreach (var session in sessions)
        {
            session.End(clock.Now, reason);
        }

        return sessions.Count;
    }

    /// <summary>What the audit trail records of sessions ended together.</summary>
    private sealed record EndedSessions(int Sessions, string Reason);

    private static string Hash(string key) => SecretToken.Hash(key);
}
