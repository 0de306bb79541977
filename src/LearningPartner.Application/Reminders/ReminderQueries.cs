using LearningPartner.Domain.Notifications;
using LearningPartner.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.Reminders;

/// <summary>Reminders sent: all of them for staff; an organisation's recent notices in its portal.</summary>
public sealed class ReminderQueries(PortalDbContext db)
{
    /// <summary>The newest reminders sent; each since issue 24 with its notice's facts (found by its once-only key).</summary>
    public async Task<List<ReminderRow>> RecentAsync(int? organisationId, int take, CancellationToken cancellationToken)
    {
        var rows = await (from r in db.RemindersSent.AsNoTracking()
                          join o in db.PartnerOrganisations on r.PartnerOrganisationId equals o.Id
                          where organisationId == null || r.PartnerOrganisationId == organisationId
                          orderby r.Id descending
                          select new { Row = r, o.PartnerId, o.Name })
            .Take(take)
            .ToListAsync(cancellationToken);
        var keys = rows.Where(r => r.Row.Subject.Length == 0)
            .Select(r => RenewalReminderFacts.OnceKey(r.Row.EnrollmentId, r.Row.AnniversaryDate, r.Row.DayOffset)).ToList();
        var facts = await db.PartnerNotifications.AsNoTracking().Where(n => n.OnceKey != null && keys.Contains(n.OnceKey))
            .ToDictionaryAsync(n => n.OnceKey!, n => n.Facts, cancellationToken);
        return [.. rows.Select(r => new ReminderRow(r.PartnerId, r.Name, r.Row.Kind, r.Row.AnniversaryDate, r.Row.Subject, r.Row.Recipients,
            r.Row.SentAt, facts.GetValueOrDefault(RenewalReminderFacts.OnceKey(r.Row.EnrollmentId, r.Row.AnniversaryDate, r.Row.DayOffset))))];
    }

    /// <summary>
    /// The organisation's newest notices, newest first: its notifications (renewal reminders among them since issue 24), and the
    /// renewal reminders sent before, by their stored English subject (legacy rows; a reminder since has no subject of its own).
    /// </summary>
    public async Task<List<PartnerNotice>> NoticesAsync(int organisationId, int take, CancellationToken cancellationToken)
    {
        var reminders = await db.RemindersSent.AsNoTracking().Where(r => r.PartnerOrganisationId == organisationId && r.Subject != "")
            .OrderByDescending(r => r.Id).Take(take).Select(r => new { r.SentAt, r.Subject }).ToListAsync(cancellationToken);
        var notifications = await db.PartnerNotifications.AsNoTracking().Where(n => n.PartnerOrganisationId == organisationId)
            .OrderByDescending(n => n.Id).Take(take).Select(n => new { n.CreatedAt, n.Subject, n.Link, n.Kind, n.Facts }).ToListAsync(cancellationToken);
        return reminders.Select(r => new PartnerNotice(r.SentAt, r.Subject, null))
            .Concat(notifications.Select(n => new PartnerNotice(n.CreatedAt, n.Subject, n.Link, n.Kind, n.Facts)))
            .OrderByDescending(n => n.At).Take(take).ToList();
    }
}
