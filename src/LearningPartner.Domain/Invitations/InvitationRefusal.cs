namespace LearningPartner.Domain.Invitations;

/// <summary>Why an invitation cannot be accepted (R-ORG-2): what <see cref="Invitation.CheckAcceptance"/> found.</summary>
public enum InvitationRefusal
{
    /// <summary>A partner admin revoked it.</summary>
    Revoked,

    /// <summary>It was accepted already: an invitation is single-use.</summary>
    AlreadyUsed,

    /// <summary>Its time is up (14 days by default, <c>Invitations:ValidDays</c>).</summary>
    Expired,

    /// <summary>The signed-in person's verified email is not the address invited (or they have none).</summary>
    EmailMismatch,
}
