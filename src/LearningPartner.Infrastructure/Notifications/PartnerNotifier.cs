using LearningPartner.Domain.Notifications;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Infrastructure.Notifications;

/// <summary>
/// The portal's notification sender: a notice for a partner organisation is added to the DbContext, so it is saved by
/// the same SaveChanges — the same transaction — as the change it announces; <see cref="NotificationDispatcher"/>
/// emails it afterwards. Call <see cref="NotificationSignal.Poke"/> once the transaction has committed.
/// </summary>
public sealed class PartnerNotifier(PortalDbContext db, ProgramClock clock)
{
    public async Task<PartnerNotification> NotifyAsync(int partnerOrganisationId, string subject, string body, string link,
        CancellationToken cancellationToken)
    {
        // The organisation's people, as the renewal reminders address them.
        var recipients = await db.PartnerUsers.AsNoTracking()
            .Where(u => u.PartnerOrganisationId == partnerOrganisationId)
            .Select(u => u.Email).OrderBy(e => e).ToListAsync(cancellationToken);
        var notification = new PartnerNotification(partnerOrganisationId, subject, body, link, recipients, clock.Now);
        db.PartnerNotifications.Add(notification);
        return notification;
    }
}
