using LearningPartner.Domain.Orders;

namespace LearningPartner.Application.Orders;

/// <summary>An order's status before → after, as the audit trail records it.</summary>
internal sealed record OrderStatusValues(OrderStatus Status);
