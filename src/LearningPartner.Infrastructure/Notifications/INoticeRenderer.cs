using System.Globalization;
using LearningPartner.Domain.Notifications;

namespace LearningPartner.Infrastructure.Notifications;

/// <summary>
/// Puts a notice stored as facts into words, in a language (issue 24). The words live with the web layer's resources, which
/// implements this; the outbox, the reminder jobs and the invitation mail only ask for them, per reader's language.
/// </summary>
public interface INoticeRenderer
{
    /// <summary>The culture a person's mail is written in: their preferred one when the portal supports it, else en-US.</summary>
    CultureInfo CultureFor(string? preferredLanguage);

    /// <summary>The notice's subject and paragraphs (lines each) in <paramref name="culture"/>.</summary>
    NoticeText Render(NoticeKind kind, string facts, CultureInfo culture);

    /// <summary>R-ORG-2: the invitation mail in <paramref name="culture"/> (mailed at once, never stored: its link holds the token).</summary>
    NoticeText Invitation(InvitationMailFacts facts, CultureInfo culture);
}

/// <summary>A notice in words: the subject (the overview's line, the mail's subject) and the body's paragraphs of lines.</summary>
public sealed record NoticeText(string Subject, IReadOnlyList<IReadOnlyList<string>> Paragraphs);

/// <summary>What an invitation mail says: who invites whom to which organisation with which role, until when, and the link.</summary>
public sealed record InvitationMailFacts(string OrganisationName, string Role, string InvitedBy, DateTimeOffset ExpiresAt, string Link);
