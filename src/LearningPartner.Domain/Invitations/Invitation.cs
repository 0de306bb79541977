using System.Security.Cryptography;
using System.Text;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Partners;

namespace LearningPartner.Domain.Invitations;

/// <summary>
/// R-ORG-2: a partner admin invites a person by email with a partner role. The link carries a random token; only its SHA-256
/// hash is kept, so a copy of the database opens no invitation. The invitation is single-use, expires
/// <see cref="ValidFor"/> after it was (re)sent, and is accepted only by a signed-in person whose verified email matches it
/// (compared case-insensitively). Its state is derived from its dates when read (<see cref="StateAt"/>).
/// </summary>
public sealed class Invitation : IVersioned
{
    private Invitation()
    {
        Email = string.Empty;
        NormalizedEmail = string.Empty;
        Role = string.Empty;
        TokenHash = string.Empty;
        InvitedBy = string.Empty;
    }

    public Invitation(int partnerOrganisationId, string email, string role, string tokenHash, string invitedBy, DateTimeOffset createdAt,
        TimeSpan validFor)
    {
        PartnerOrganisationId = partnerOrganisationId;
        Email = Guard.Text(email, 254, nameof(email)).Trim();
        NormalizedEmail = Normalize(Email);
        Role = RequirePartnerRole(role);
        TokenHash = RequireHash(tokenHash);
        InvitedBy = Guard.Text(invitedBy, 200, nameof(invitedBy));
        CreatedAt = createdAt;
        ExpiresAt = createdAt + RequirePositive(validFor);
    }

    public int Id { get; private set; }

    public int PartnerOrganisationId { get; private set; }

    public PartnerOrganisation? PartnerOrganisation { get; private set; }

    /// <summary>The address as the partner admin typed it (trimmed): the one the link is sent to.</summary>
    public string Email { get; private set; }

    /// <summary>The address upper-cased (invariant): what acceptance compares and the one-open-invitation index holds.</summary>
    public string NormalizedEmail { get; private set; }

    /// <summary>The partner role the membership gets (<see cref="PortalRoles.PartnerRoles"/>).</summary>
    public string Role { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the token in the link; the token itself is never stored.</summary>
    public string TokenHash { get; private set; }

    /// <summary>The partner admin who sent (or last resent) it, by name.</summary>
    public string InvitedBy { get; private set; }

    /// <summary>When it was sent, or last resent.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The last instant it can be accepted.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    /// <summary>The Entra tenant of the person who accepted it (ADR-012), lower case.</summary>
    public string? AcceptedByTenantId { get; private set; }

    /// <summary>The Entra object id of the person who accepted it, lower case.</summary>
    public string? AcceptedByObjectId { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public Guid Version { get; set; }

    /// <summary>Neither accepted nor revoked: its link still works until it expires, and resending renews it.</summary>
    public bool IsPending => AcceptedAt is null && RevokedAt is null;

    /// <summary>What is stored of a link's token: its SHA-256, lower-case hex.</summary>
    public static string HashOf(string token) => SecretToken.Hash(token);

    /// <summary>The form addresses are compared in (R-ORG-2: case-insensitively).</summary>
    public static string Normalize(string email) => email.Trim().ToUpperInvariant();

    /// <summary>Open until <see cref="ExpiresAt"/> inclusive; accepted and revoked stay so whatever the date.</summary>
    public InvitationState StateAt(DateTimeOffset now) =>
        RevokedAt is not null ? InvitationState.Revoked
        : AcceptedAt is not null ? InvitationState.Accepted
        : now > ExpiresAt ? InvitationState.Expired
        : InvitationState.Open;

    /// <summary>True when <paramref name="email"/> is the invited address, compared case-insensitively.</summary>
    public bool IsFor(string? email) => !string.IsNullOrWhiteSpace(email) && string.Equals(Normalize(email), NormalizedEmail, StringComparison.Ordinal);

    /// <summary>
    /// Whether a signed-in person whose verified email is <paramref name="verifiedEmail"/> may accept it now: null when they
    /// may, otherwise the first reason found (revoked, used, expired, then the wrong person).
    /// </summary>
    public InvitationRefusal? CheckAcceptance(DateTimeOffset now, string? verifiedEmail) => StateAt(now) switch
    {
        InvitationState.Revoked => InvitationRefusal.Revoked,
        InvitationState.Accepted => InvitationRefusal.AlreadyUsed,
        InvitationState.Expired => InvitationRefusal.Expired,
        _ => IsFor(verifiedEmail) ? null : InvitationRefusal.EmailMismatch,
    };

    /// <summary>Marks it accepted by the person (tenant and object id); the caller checked <see cref="CheckAcceptance"/>.</summary>
    public void Accept(DateTimeOffset at, string verifiedEmail, string tenantId, string objectId)
    {
        if (CheckAcceptance(at, verifiedEmail) is { } refusal)
        {
            throw new InvalidOperationException($"The invitation cannot be accepted: {refusal}.");
        }

        AcceptedAt = at;
        AcceptedByTenantId = Guard.Text(tenantId, 64, nameof(tenantId)).ToLowerInvariant();
        AcceptedByObjectId = Guard.Text(objectId, 64, nameof(objectId)).ToLowerInvariant();
    }

    /// <summary>A partner admin withdraws it; only a pending invitation (open or expired) can be revoked.</summary>
    public void Revoke(DateTimeOffset at)
    {
        if (!IsPending)
        {
            throw new InvalidOperationException("Only a pending invitation can be revoked.");
        }

        RevokedAt = at;
    }

    /// <summary>
    /// Resend: a new token and a new expiry, so the old link stops working. Only a pending invitation (open or expired) is
    /// renewed; <paramref name="role"/> changes the role when a partner admin invites the same person again.
    /// </summary>
    public void Renew(string tokenHash, string invitedBy, DateTimeOffset at, TimeSpan validFor, string? role = null)
    {
        if (!IsPending)
        {
            throw new InvalidOperationException("Only a pending invitation can be resent.");
        }

        TokenHash = RequireHash(tokenHash);
        InvitedBy = Guard.Text(invitedBy, 200, nameof(invitedBy));
        Role = role is null ? Role : RequirePartnerRole(role);
        CreatedAt = at;
        ExpiresAt = at + RequirePositive(validFor);
    }

    private static string RequirePartnerRole(string role) =>
        PortalRoles.PartnerRoles.Contains(role) ? role : throw new ArgumentException($"'{role}' is not a partner role.", nameof(role));

    private static string RequireHash(string hash) =>
        hash.Length == 64 && hash.All(Uri.IsHexDigit) ? hash : throw new ArgumentException("Expected a hex SHA-256 hash.", nameof(hash));

    private static TimeSpan RequirePositive(TimeSpan validFor) =>
        validFor > TimeSpan.Zero ? validFor : throw new ArgumentOutOfRangeException(nameof(validFor), "An invitation must be valid for some time.");
}
