using LearningPartner.Domain.Common;

namespace LearningPartner.Domain.Orders;

/// <summary>R-FEE-3: what support staff found on the bank account: the amount received, its value date and the bank's reference.</summary>
public sealed record ReceivedPayment(Money Amount, DateOnly ValueDate, string BankReference);
