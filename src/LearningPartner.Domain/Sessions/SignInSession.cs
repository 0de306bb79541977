using LearningPartner.Domain.Common;

namespace LearningPartner.Domain.Sessions;

/// <summary>
/// A sign-in as the server remembers it (issue 20, ASVS 5.0 7.4.1). The session cookie carries a random key; the database
/// keeps only the key's SHA-256 hash, so every instance refuses a cookie whose session has ended — by sign-out, by staff,
/// or because the user was deactivated — even when the cookie itself was copied before and is still unexpired.
/// </summary>
public sealed class SignInSession
{
    private SignInSession()
    {
        KeyHash = string.Empty;
        ObjectId = string.Empty;
        DisplayName = string.Empty;
    }

    public SignInSession(string keyHash, string objectId, string displayName, DateTimeOffset startedAt)
    {
        KeyHash = Guard.Text(keyHash, 64, nameof(keyHash));
        ObjectId = Guard.Text(objectId, 64, nameof(objectId)).ToLowerInvariant();
        DisplayName = Guard.Text(displayName, 200, nameof(displayName));
        StartedAt = startedAt;
    }

    public long Id { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the key in the cookie.</summary>
    public string KeyHash { get; private set; }

    /// <summary>The signed-in user's Entra object id (lower case).</summary>
    public string ObjectId { get; private set; }

    public string DisplayName { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public SessionEndReason? EndReason { get; private set; }

    /// <summary>
    /// Open: not ended, and younger than the absolute timeout. Derived when read, so an expired session needs no job to close it.
    /// </summary>
    public bool IsOpenAt(DateTimeOffset now, TimeSpan absoluteTimeout) => EndedAt is null && now - StartedAt < absoluteTimeout;

    /// <summary>Ends the session; ending an ended one changes nothing (the first reason stays).</summary>
    public void End(DateTimeOffset at, SessionEndReason reason)
    {
        if (EndedAt is null)
        {
            EndedAt = at;
            EndReason = reason;
        }
    }
}
