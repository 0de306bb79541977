using LearningPartner.Domain.Orders;

namespace LearningPartner.Domain.Notifications;

/// <summary>
/// R-FEE-2: which expiry notice an order is due on a day, derived from its dates whenever the reminder job runs — so a run that
/// was missed sends it later, about the order's own dates. Only an order still waiting for payment hears of it: one paid,
/// cancelled, re-created (its open-order key given up) or replaced by a new order never does.
/// </summary>
public static class OrderExpiryNotices
{
    /// <summary>
    /// An expired notice more than this many days late is no longer news: a deployment (or an instance down for weeks) does not
    /// mail every order that ever expired.
    /// </summary>
    public const int CatchUpDays = 30;

    /// <param name="today">The day the job runs.</param>
    /// <param name="order">The order.</param>
    /// <param name="proofAwaiting">A proof of payment awaits support's decision: the partner has paid, so it is not told to pay.</param>
    /// <param name="warningDays">How many days before <see cref="Order.ExpiresOn"/> the expiring notice is due (at least 1).</param>
    /// <returns><see cref="NoticeKind.OrderExpiring"/>, <see cref="NoticeKind.OrderExpired"/>, or null when neither is due.</returns>
    public static NoticeKind? DueOn(DateOnly today, Order order, bool proofAwaiting, int warningDays)
    {
        if (order.Status != OrderStatus.PendingPayment || order.OpenOptionKey is null)
        {
            return null;
        }

        if (today >= order.ExpiresOn)
        {
            return today.DayNumber - order.ExpiresOn.DayNumber < CatchUpDays ? NoticeKind.OrderExpired : null;
        }

        return !proofAwaiting && today >= order.ExpiresOn.AddDays(-warningDays) ? NoticeKind.OrderExpiring : null;
    }

    /// <summary>The notice's once-only key, unique in the database: one expiring and one expired notice per order.</summary>
    public static string OnceKey(NoticeKind kind, int orderId) => $"{kind}:{orderId}";
}
