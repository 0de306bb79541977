using LearningPartner.Application.Common;
using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Notifications;
using LearningPartner.Domain.Programs;
using LearningPartner.Domain.Reminders;
using LearningPartner.Infrastructure.Notifications;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Reminders;
using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LearningPartner.Application.Reminders;

/// <summary>
/// R-RNW-2: one pass over every held option: records the renewal reminder due today on the configured days, as a row under a
/// unique (option, AD, day offset) index and a partner notice of its facts, saved together — so of several instances one records
/// it — and the notification outbox emails it to the organisation's active members, each in their language. A reminder caught
/// up late states the facts of the day it is sent, as dates (issue 24: never "today" or "in 15 days").
/// </summary>
public sealed class RenewalReminders(
    PortalDbContext db,
    RuleSetCatalogProvider catalogs,
    PartnerNotifier notifier,
    NotificationSignal signal,
    IPortalLinks links,
    ProgramClock clock,
    IOptions<ReminderOptions> options) : IScheduledReminders
{
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var catalog = catalogs.Catalog;
        var days = options.Value.RenewalDays;
        var enrollments = await db.Enrollments.AsNoTracking()
            .Where(e => e.ActivationDate != null && e.EndedOn == null)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var enrollment in enrollments)
        {
            var ruleSet = catalog.Find(enrollment.AnniversaryDate!.Value);
            if (ruleSet is null)
            {
                continue;
            }

            var facts = new OptionFacts(enrollment.Level, enrollment.CompetencyCode, enrollment.ActivationDate, enrollment.AnniversaryDate,
                enrollment.MarketplaceProfileCompletedOn, []);
            var status = OptionLifecycle.StateOn(today, facts, ruleSet.RenewalGraceDays, catalog.ExtensionWindows);
            if (ReminderSchedule.DueOn(today, status, days) is not { } due
                || await db.RemindersSent.AnyAsync(r => r.EnrollmentId == enrollment.Id && r.AnniversaryDate == due.Anniversary
                    && r.DayOffset == due.DayOffset, cancellationToken))
            {
                continue;
            }

            // The competency by its name in the rule set of the anniversary date: partners never read its code.
            var competency = enrollment.CompetencyCode is { } code ? ruleSet.Competency(code)?.Name ?? code : null;
            var reminder = new RenewalReminderFacts(enrollment.Level, competency, due.Anniversary, status.GraceEndsOn!.Value, today)
            {
                CompetencyCode = enrollment.CompetencyCode,
            };
            if (await SendAsync(enrollment, due, reminder, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> SendAsync(Enrollment enrollment, DueReminder due, RenewalReminderFacts reminder, CancellationToken cancellationToken)
    {
        var partnerId = await notifier.PartnerIdAsync(enrollment.PartnerOrganisationId, cancellationToken);
        var notice = await notifier.NotifyActiveMembersAsync(enrollment.PartnerOrganisationId, NoticeKind.RenewalReminder, reminder.ToJson(),
            links.Renewal(partnerId, enrollment.Id), cancellationToken, RenewalReminderFacts.OnceKey(enrollment.Id, due.Anniversary, due.DayOffset));
        db.RemindersSent.Add(new ReminderSent(enrollment.Id, enrollment.PartnerOrganisationId, due,
            notice.Recipients.Length == 0 ? "(no portal users)" : notice.Recipients, clock.Now));
        // The row and its notice together, or neither.
        if (!await db.SaveOnceAsync(cancellationToken))
        {
            return false;
        }

        signal.Poke();
        return true;
    }
}
