using LearningPartner.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.Reminders;

/// <summary>Reminders sent: all of them for staff; an organisation's recent ones, with its notifications, as notices in its portal.</summary>
public sealed class ReminderQueries(PortalDbContext db)
{
    public Task<List<ReminderRow>> RecentAsync(int? organisationId, int take, CancellationToken cancellationToken) =>
        (from r in db.RemindersSent.AsNoTracking()
         join o in db.PartnerOrganisations on r.PartnerOrganisationId equals o.Id
         where organisationId == null || r.PartnerOrganisationId == organisationId
         orderby r.Id descending
         select new ReminderRow(o.PartnerId, o.Name, r.Kind, r.AnniversaryDate, r.Subject, r.Recipients, r.SentAt))
        .Take(take)
        .ToListAsync(cancellationToken);

    /// <summary>The organisation's newest notices: renewal reminders and notifications together, newest first.</summary>
    public async Task<List<PartnerNotice>> NoticesAsync(int organisationId, int take, CancellationToken cancellationToken)
    {
        var reminders = await db.RemindersSent.AsNoTracking().Where(r => r.PartnerOrganisationId == organisationId)
            .OrderByDescending(r => r.Id).Take(take).Select(r => new { r.SentAt, r.Subject }).ToListAsync(cancellationToken);
        var notifications = await db.PartnerNotifications.AsNoTracking().Where(n => n.PartnerOrganisationId == organisationId)
            .OrderByDescending(n => n.Id).Take(take).Select(n => new { n.CreatedAt, n.Subject, n.Link, n.Kind, n.Facts }).ToListAsync(cancellationToken);
        return reminders.Select(r => new PartnerNotice(r.SentAt, r.Subject, null))
            .Concat(notifications.Select(n => new PartnerNotice(n.CreatedAt, n.Subject, n.Link, n.Kind, n.Facts)))
            .OrderByDescending(n => n.At).Take(take).ToList();
    }
}
