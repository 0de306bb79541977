using LearningPartner.Domain.Invitations;

namespace LearningPartner.Application.Invitations;

/// <summary>An invitation as the audit trail records it (never its token's hash: the trail is read by partner admins).</summary>
internal sealed record InvitationValues(string Email, string Role, string InvitedBy, DateTimeOffset ExpiresAt, DateTimeOffset? AcceptedAt,
    string? AcceptedByTenantId, string? AcceptedByObjectId, DateTimeOffset? RevokedAt)
{
    public static InvitationValues Of(Invitation i) =>
        new(i.Email, i.Role, i.InvitedBy, i.ExpiresAt, i.AcceptedAt, i.AcceptedByTenantId, i.AcceptedByObjectId, i.RevokedAt);
}
