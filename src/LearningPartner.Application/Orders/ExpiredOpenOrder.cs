using LearningPartner.Application.Common;
using LearningPartner.Domain.Orders;
using LearningPartner.Domain.Programs;
using LearningPartner.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.Orders;

/// <summary>
/// R-FEE-2 (<see cref="Order.CancelIfExpiredOn"/>): a new enrollment and a renewal both first cancel an expired open order for
/// the option, in their own transaction, so an order that expired unpaid never blocks the next one.
/// </summary>
internal static class ExpiredOpenOrder
{
    public static async Task CancelAsync(PortalDbContext db, AuditLog audit, int organisationId, LearningLevel level, string? competency,
        DateOnly today, CancellationToken cancellationToken)
    {
        var openKey = Order.OptionKey(organisationId, level, competency);
        var open = await db.Orders.FirstOrDefaultAsync(o => o.OpenOptionKey == openKey, cancellationToken);
        if (open is not null && open.CancelIfExpiredOn(today))
        {
            audit.Record(AuditAction.OrderExpired, AuditSubject.Of(open), new OrderStatusValues(OrderStatus.PendingPayment),
                new OrderStatusValues(open.Status), "Expired unpaid (R-FEE-2); a new order replaces it");
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
