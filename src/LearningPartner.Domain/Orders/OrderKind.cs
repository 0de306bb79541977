namespace LearningPartner.Domain.Orders;

public enum OrderKind
{
    NewEnrollment = 1,
    Renewal = 2,
    Upgrade = 3,
}
