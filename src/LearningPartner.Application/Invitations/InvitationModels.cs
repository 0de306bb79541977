using LearningPartner.Domain.Invitations;

namespace LearningPartner.Application.Invitations;

/// <summary>An invitation as its organisation's partner admins list it; <see cref="State"/> is derived from its dates now.</summary>
public sealed record InvitationRow(int Id, string Email, string Role, string InvitedBy, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt,
    DateTimeOffset? AcceptedAt, DateTimeOffset? RevokedAt, InvitationState State);

/// <summary>
/// What a partner admin asks for: the address to send the link to and the role the person gets. The mail is written in
/// <paramref name="Language"/>, the inviter's (the invitee's is not known yet); null: en-US.
/// </summary>
public sealed record NewInvitation(string Email, string Role, string InvitedBy, string? Language = null);

/// <summary>
/// The signed-in person who opens an invitation: who they are (tenant and object id from the portal identity, ADR-012), their
/// name, and their verified email (the token's <c>email</c> claim, else <c>preferred_username</c>), null when they have none.
/// </summary>
public sealed record InvitationInvitee(string TenantId, string ObjectId, string DisplayName, string? VerifiedEmail);

/// <summary>
/// An invitation as the person holding its link sees it: the organisation and role it grants, the invited address, and —
/// for the signed-in person — whether they may accept it (null) or why not.
/// </summary>
public sealed record InvitationView(string OrganisationName, string PartnerId, string Role, string Email, DateTimeOffset ExpiresAt,
    LearningPartner.Application.Common.Refusal? Refusal);

/// <summary>An invitation was sent (or resent); <see cref="Emailed"/> is false when the mail could not be sent (resend later).</summary>
public sealed record InvitationSent(int InvitationId, bool Emailed);
