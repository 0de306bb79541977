using LearningPartner.Domain.Notifications;
using LearningPartner.Domain.Partners;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Infrastructure.Notifications;

/// <summary>
/// The portal's notification sender: a notice for a partner organisation is added to the DbContext, as its kind and facts
/// (<see cref="PartnerNotification.OfFacts"/>), so it is saved by the same SaveChanges — the same transaction — as the change it
/// announces; <see cref="NotificationDispatcher"/> emails it afterwards, in each recipient's language. Call
/// <see cref="NotificationSignal.Poke"/> once the transaction has committed. Only active memberships are addressed: a
/// deactivated one is told nothing more.
/// </summary>
public sealed class PartnerNotifier(PortalDbContext db, ProgramClock clock)
{
    private readonly Dictionary<int, string> _partnerIds = [];

    /// <summary>
    /// The organisation's partner id, for a notice's link and facts. A partner id never changes, so it is read once per scope: a
    /// reminder pass notifies few partners many times.
    /// </summary>
    public async Task<string> PartnerIdAsync(int partnerOrganisationId, CancellationToken cancellationToken)
    {
        if (!_partnerIds.TryGetValue(partnerOrganisationId, out var partnerId))
        {
            partnerId = await db.PartnerOrganisations.Where(o => o.Id == partnerOrganisationId).Select(o => o.PartnerId).SingleAsync(cancellationToken);
            _partnerIds[partnerOrganisationId] = partnerId;
        }

        return partnerId;
    }

    /// <summary>
    /// A notice emailed to the organisation's active members. <paramref name="onceKey"/> makes it a notice the database holds once.
    /// </summary>
    public async Task<PartnerNotification> NotifyActiveMembersAsync(int partnerOrganisationId, NoticeKind kind, string facts, string link,
        CancellationToken cancellationToken, string? onceKey = null)
    {
        var namesPeople = NoticeAudience.NamesPeople(kind);
        var recipients = await db.PartnerUsers.AsNoTracking()
            .Where(u => u.PartnerOrganisationId == partnerOrganisationId && u.DeactivatedAt == null)
            .Where(u => !namesPeople || u.Role != PortalRoles.ReportViewer)
            .Select(u => u.Email).Distinct().OrderBy(e => e).ToListAsync(cancellationToken);
        return Add(partnerOrganisationId, kind, facts, link, recipients, onceKey);
    }

    /// <summary>
    /// A notice emailed to the organisation's active partner admins only (R-MCT-2's lapse warnings: the people who manage its
    /// trainers). A membership without a role held here (ADR-012: it takes its role from its home tenant) is not addressed.
    /// </summary>
    public async Task<PartnerNotification> NotifyActivePartnerAdminsAsync(int partnerOrganisationId, NoticeKind kind, string facts, string link,
        CancellationToken cancellationToken)
    {
        var recipients = await db.PartnerUsers.AsNoTracking()
            .Where(u => u.PartnerOrganisationId == partnerOrganisationId && u.Role == PortalRoles.PartnerAdmin && u.DeactivatedAt == null)
            .Select(u => u.Email).Distinct().OrderBy(e => e).ToListAsync(cancellationToken);
        return Add(partnerOrganisationId, kind, facts, link, recipients, onceKey: null);
    }

    private PartnerNotification Add(int partnerOrganisationId, NoticeKind kind, string facts, string link, IReadOnlyCollection<string> recipients,
        string? onceKey)
    {
        var notification = PartnerNotification.OfFacts(partnerOrganisationId, kind, facts, link, recipients, clock.Now, onceKey);
        db.PartnerNotifications.Add(notification);
        return notification;
    }
}
