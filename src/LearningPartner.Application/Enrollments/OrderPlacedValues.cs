using LearningPartner.Domain.Orders;
using LearningPartner.Domain.Programs;

namespace LearningPartner.Application.Enrollments;

/// <summary>What the audit trail records of a new order (R-FEE-1, R-FEE-2).</summary>
internal sealed record OrderPlacedValues(OrderKind Kind, LearningLevel Level, string? CompetencyCode, string Price, string PaymentReference,
    DateOnly ExpiresOn, string ProgramYear)
{
    public static OrderPlacedValues Of(Order order, string programYear) => new(order.Kind, order.Level, order.CompetencyCode,
        order.Price.ToString(), order.PaymentReference, order.ExpiresOn, programYear);
}
