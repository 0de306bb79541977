namespace LearningPartner.Web.Features.Invitations;

/// <summary>R-ORG-2: whom a partner admin invites (their email address) and with which partner role.</summary>
public sealed class InvitationInput
{
    public string? Email { get; set; }

    public string? Role { get; set; }
}
