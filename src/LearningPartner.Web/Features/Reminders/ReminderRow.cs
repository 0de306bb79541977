using LearningPartner.Domain.Reminders;

namespace LearningPartner.Web.Features.Reminders;

public sealed record ReminderRow(string PartnerId, string PartnerName, ReminderKind Kind, DateOnly AnniversaryDate, string Subject,
    string Recipients, DateTimeOffset SentAt);
