using LearningPartner.Domain.Common;

namespace LearningPartner.Domain.Orders;

/// <summary>What the partner says its proof of payment shows: when it paid, how much, and its bank's transaction reference.</summary>
public sealed record DeclaredPayment(DateOnly PaidOn, Money Amount, string BankReference);
