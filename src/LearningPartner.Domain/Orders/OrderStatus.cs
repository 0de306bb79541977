namespace LearningPartner.Domain.Orders;

/// <summary>
/// The recorded outcome of an order. "Expired" is not stored: a pending order past its expiry date is
/// expired when read (R-FEE-2), whatever any job did.
/// </summary>
public enum OrderStatus
{
    PendingPayment = 1,
    Paid = 2,
    Cancelled = 3,
}
