using LearningPartner.Domain.Orders;

namespace LearningPartner.Domain.Enrollments;

/// <summary>What the lifecycle needs of an order of the option.</summary>
public sealed record OrderFact(OrderKind Kind, OrderStatus Status, DateOnly ExpiresOn);
