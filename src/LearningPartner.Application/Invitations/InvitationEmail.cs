using System.Globalization;

namespace LearningPartner.Application.Invitations;

/// <summary>
/// The invitation email (R-ORG-2), written in English like the reminders and notices (issue 24 renders mail in the reader's
/// language). It is sent at once, not through the notices' outbox: the outbox keeps the link, and the link holds the token,
/// which is never stored.
/// </summary>
internal static class InvitationEmail
{
    public static (string Subject, string Body) For(string organisationName, string role, string invitedBy, DateTimeOffset expiresAt, string link) =>
        ($"Invitation to {organisationName} in the Learning Partner Portal",
            string.Create(CultureInfo.InvariantCulture,
                $"{invitedBy} invites you to join {organisationName} in the Learning Partner Portal as {role}.\n\n"
                + $"Open this link and sign in with the work account of this email address to accept. The link works once, until {expiresAt:yyyy-MM-dd HH:mm} UTC:\n\n"
                + $"{link}\n\nIf you did not expect this invitation, ignore this email."));
}
