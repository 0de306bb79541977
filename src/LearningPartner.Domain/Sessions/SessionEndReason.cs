namespace LearningPartner.Domain.Sessions;

/// <summary>Why a sign-in session ended before its timeout.</summary>
public enum SessionEndReason
{
    /// <summary>The user signed out.</summary>
    SignedOut,

    /// <summary>Support staff ended the user's sessions.</summary>
    EndedByStaff,

    /// <summary>The user no longer acts for their organisation (the link was removed).</summary>
    UserDeactivated,
}
