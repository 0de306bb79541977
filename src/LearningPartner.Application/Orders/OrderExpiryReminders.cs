using LearningPartner.Application.Common;
using LearningPartner.Domain.Notifications;
using LearningPartner.Domain.Orders;
using LearningPartner.Infrastructure.Notifications;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Reminders;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LearningPartner.Application.Orders;

/// <summary>
/// R-FEE-2: one pass of the reminder service over the orders waiting for payment: each expiring or expired notice due today
/// (<see cref="OrderExpiryNotices"/>, from the order's dates) is added once — its once-only key is unique in the database, so of
/// several instances or runs one adds it — and emailed by the notification outbox. A run caught up late states the order's
/// own dates, never "today" about another day.
/// </summary>
public sealed class OrderExpiryReminders(
    PortalDbContext db,
    OrderNotices notices,
    NotificationSignal signal,
    ProgramClock clock,
    IOptions<OrderNoticeOptions> options) : IScheduledReminders
{
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var days = options.Value.ExpiryWarningDays;
        var warnUntil = today.AddDays(days);
        var caughtUpFrom = today.AddDays(-OrderExpiryNotices.CatchUpDays);
        var candidates = await db.Orders.AsNoTracking()
            .Where(o => o.Status == OrderStatus.PendingPayment && o.OpenOptionKey != null && o.ExpiresOn <= warnUntil && o.ExpiresOn > caughtUpFrom)
            .OrderBy(o => o.Id).ToListAsync(cancellationToken);
        var ids = candidates.Select(o => o.Id).ToList();
        var proofAwaiting = (await db.Payments.AsNoTracking().Where(p => p.OpenOrderId != null && ids.Contains(p.OrderId) && p.DecidedBy == null)
            .Select(p => p.OrderId).ToListAsync(cancellationToken)).ToHashSet();
        var due = candidates
            .Select(o => (Order: o, Kind: OrderExpiryNotices.DueOn(today, o, proofAwaiting.Contains(o.Id), days)))
            .Where(d => d.Kind is not null).ToList();
        // The notices already added, read once for the pass; the unique key still decides between simultaneous runs.
        var keys = due.Select(d => OrderExpiryNotices.OnceKey(d.Kind!.Value, d.Order.Id)).ToList();
        var added = (await db.PartnerNotifications.AsNoTracking().Where(n => n.OnceKey != null && keys.Contains(n.OnceKey))
            .Select(n => n.OnceKey!).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

        var sent = 0;
        foreach (var (order, kind) in due)
        {
            if (!added.Contains(OrderExpiryNotices.OnceKey(kind!.Value, order.Id))
                && await AddAsync(kind.Value, order, proofAwaiting.Contains(order.Id), cancellationToken))
            {
                sent++;
            }
        }

        if (sent > 0)
        {
            signal.Poke();
        }

        return sent;
    }

    private async Task<bool> AddAsync(NoticeKind kind, Order order, bool proofAwaiting, CancellationToken cancellationToken)
    {
        await notices.ExpiryAsync(kind, order, proofAwaiting, cancellationToken);
        return await db.SaveOnceAsync(cancellationToken);
    }
}
