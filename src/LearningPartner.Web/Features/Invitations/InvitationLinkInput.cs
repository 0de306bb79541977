namespace LearningPartner.Web.Features.Invitations;

/// <summary>The token of an invitation's link, from the route; only its hash is looked up, anything unknown is 404.</summary>
public sealed class InvitationLinkInput
{
    public string? Token { get; set; }
}
