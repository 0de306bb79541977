using LearningPartner.Domain.Notifications;
using LearningPartner.Domain.Reminders;

namespace LearningPartner.Application.Reminders;

/// <summary>
/// A renewal reminder sent, as staff list it. A reminder sent before issue 24 has its stored English <see cref="Subject"/>; one sent
/// since has its notice's <see cref="Facts"/> (<see cref="NoticeKind.RenewalReminder"/>), worded by the page in the reader's language.
/// </summary>
public sealed record ReminderRow(string PartnerId, string PartnerName, ReminderKind Kind, DateOnly AnniversaryDate, string Subject,
    string Recipients, DateTimeOffset SentAt, string? Facts = null);
