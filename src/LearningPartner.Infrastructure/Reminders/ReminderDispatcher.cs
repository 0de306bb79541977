using System.Net.Mail;
using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Programs;
using LearningPartner.Domain.Reminders;
using LearningPartner.Infrastructure.Email;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LearningPartner.Infrastructure.Reminders;

/// <summary>
/// One pass over every held option: records and sends the renewal reminder due today on the configured days (R-RNW-2). The
/// row is recorded before the mail is sent, under a unique (option, AD, day offset) index, so two instances never both send
/// it; a failed send removes the row so the next run tries again. A reminder caught up late says the facts of today.
/// </summary>
public sealed class ReminderDispatcher(
    PortalDbContext db,
    RuleSetCatalogProvider catalogs,
    EmailSender email,
    ProgramClock clock,
    IOptions<ReminderOptions> options,
    ILogger<ReminderDispatcher> logger) : IScheduledReminders
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

            if (await SendAsync(enrollment, due, status, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> SendAsync(Enrollment enrollment, DueReminder due, OptionStatus status, CancellationToken cancellationToken)
    {
        var recipients = await db.PartnerUsers.AsNoTracking()
            .Where(u => u.PartnerOrganisationId == enrollment.PartnerOrganisationId)
            .Select(u => u.Email).OrderBy(e => e).ToListAsync(cancellationToken);
        var (subject, body) = ReminderText.Compose(enrollment, clock.Today, due.Anniversary, status.GraceEndsOn!.Value);
        var row = new ReminderSent(enrollment.Id, enrollment.PartnerOrganisationId, due,
            recipients.Count == 0 ? "(no portal users)" : string.Join(", ", recipients), subject, clock.Now);
        db.RemindersSent.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance recorded it first: it sends it.
            db.ChangeTracker.Clear();
            return false;
        }

        try
        {
            if (recipients.Count > 0)
            {
                await email.SendAsync(recipients, subject, body, cancellationToken);
            }

            return true;
        }
        catch (Exception e) when (e is SmtpException or IOException or InvalidOperationException)
        {
            logger.LogWarning(e, "Reminder {Kind} ({DayOffset} days from the AD) for enrollment {EnrollmentId} could not be sent; the next run retries",
                due.Kind, due.DayOffset, enrollment.Id);
            db.RemindersSent.Remove(row);
            await db.SaveChangesAsync(cancellationToken);
            return false;
        }
    }
}
