using System.Globalization;
using LearningPartner.Domain.Orders;
using LearningPartner.Domain.Programs;
using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Web.Features.Orders;

/// <summary>
/// R-FEE-2: a pending order expires 30 days after it was created, worked out when read; its row keeps the option's open-order
/// key (unique) until a new order for the same option cancels it. Both a new enrollment and a renewal do this first, in
/// their own transaction, so an expired order never blocks the next one.
/// </summary>
internal static class ExpiredOpenOrder
{
    public static async Task CancelAsync(PortalDbContext db, AuditTrail audit, int organisationId, LearningLevel level, string? competency,
        DateOnly today, CancellationToken cancellationToken)
    {
        var openKey = Order.OptionKey(organisationId, level, competency);
        var open = await db.Orders.FirstOrDefaultAsync(o => o.OpenOptionKey == openKey, cancellationToken);
        if (open is not null && open.IsExpiredOn(today))
        {
            open.Cancel();
            audit.Record("OrderExpired", nameof(Order), open.Id.ToString(CultureInfo.InvariantCulture), organisationId,
                new { Status = OrderStatus.PendingPayment }, new { open.Status }, "Expired unpaid (R-FEE-2); a new order replaces it");
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
