namespace LearningPartner.Application.Reminders;

/// <summary>A notice on a partner's overview: a renewal reminder, or a notification such as a case's new state, with its page.</summary>
public sealed record PartnerNotice(DateTimeOffset At, string Subject, string? Link);
