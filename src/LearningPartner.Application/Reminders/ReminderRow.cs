using LearningPartner.Domain.Reminders;

namespace LearningPartner.Application.Reminders;

public sealed record ReminderRow(string PartnerId, string PartnerName, ReminderKind Kind, DateOnly AnniversaryDate, string Subject,
    string Recipients, DateTimeOffset SentAt);
