using System.Security.Cryptography;
using System.Text;

namespace LearningPartner.Domain.Common;

/// <summary>
/// A secret handed to one person (a session cookie's key, an invitation link's token): 32 random bytes, base64url. The
/// database keeps only its SHA-256 (<see cref="Hash"/>), so a copy of the database grants nothing.
/// </summary>
public static class SecretToken
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The stored form of a token: its SHA-256, lower-case hex.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
