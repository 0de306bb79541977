namespace LearningPartner.Domain.Invitations;

/// <summary>
/// Where an invitation is (R-ORG-2), derived from its dates whenever it is read (<see cref="Invitation.StateAt"/>): no job
/// moves an invitation on, so an expired one is expired the moment its time is up, on every instance.
/// </summary>
public enum InvitationState
{
    Open,
    Accepted,
    Revoked,
    Expired,
}
