using LearningPartner.Domain.Notifications;

namespace LearningPartner.Application.Reminders;

/// <summary>
/// A notice on a partner's overview: a renewal reminder, or a notification such as a case's new state, with its page. A notice
/// stored as words (legacy) has its <see cref="Subject"/>; one stored as <see cref="Facts"/> is put into words by the page, in the
/// reader's language (issue 23).
/// </summary>
public sealed record PartnerNotice(DateTimeOffset At, string Subject, string? Link, NoticeKind Kind = NoticeKind.Text, string? Facts = null);
