using LearningPartner.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Web.Features.Reminders;

/// <summary>Reminders sent: all of them for staff, an organisation's recent ones as notices in its portal.</summary>
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
}
