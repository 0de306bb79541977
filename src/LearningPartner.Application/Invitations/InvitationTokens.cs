using System.Security.Cryptography;

namespace LearningPartner.Application.Invitations;

/// <summary>An invitation link's token: 32 random bytes, base64url; the database keeps only its SHA-256 (Invitation.HashOf).</summary>
internal static class InvitationTokens
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
