using LearningPartner.Domain.Notifications;
using LearningPartner.Domain.Partners;
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
        return Add(partnerOrganisationId, subject, body, link, recipients);
    }

    /// <summary>
    /// A notice emailed to the organisation's active partner admins only (R-MCT-2's lapse warnings: the people who manage its
    /// trainers). A membership without a role held here (ADR-012: it takes its role from its home tenant) is not addressed.
    /// </summary>
    public async Task<PartnerNotification> NotifyPartnerAdminsAsync(int partnerOrganisationId, string subject, string body, string link,
        CancellationToken cancellationToken)
    {
        var recipients = await db.PartnerUsers.AsNoTracking()
            .Where(u => u.PartnerOrganisationId == partnerOrganisationId && u.Role == PortalRoles.PartnerAdmin && u.DeactivatedAt == null)
            .Select(u => u.Email).OrderBy(e => e).ToListAsync(cancellationToken);
        return Add(partnerOrganisationId, subject, body, link, recipients);
    }

    /// <summary>
    /// A notice stored as its facts (<see cref="PartnerNotification.OfFacts"/>), emailed to the organisation's active members —
    /// a deactivated membership is told nothing more. <paramref name="onceKey"/> makes it a notice the database holds once.
    /// </summary>
    public async Task<PartnerNotification> NotifyActiveMembersAsync(int partnerOrganisationId, NoticeKind kind, string facts, string link,
        CancellationToken cancellationToken, string? onceKey = null)
    {
        var recipients = await db.PartnerUsers.AsNoTracking()
            .Where(u => u.PartnerOrganisationId == partnerOrganisationId && u.DeactivatedAt == null)
            .Select(u => u.Email).Distinct().OrderBy(e => e).ToListAsync(cancellationToken);
        var notification = PartnerNotification.OfFacts(partnerOrganisationId, kind, facts, link, recipients, clock.Now, onceKey);
        db.PartnerNotifications.Add(notification);
        return notification;
    }

    private PartnerNotification Add(int partnerOrganisationId, string subject, string body, string link, IReadOnlyCollection<string> recipients)
    {
        var notification = new PartnerNotification(partnerOrganisationId, subject, body, link, recipients, clock.Now);
        db.PartnerNotifications.Add(notification);
        return notification;
    }
}
