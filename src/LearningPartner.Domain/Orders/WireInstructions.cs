namespace LearningPartner.Domain.Orders;

/// <summary>
/// R-FEE-3: where a partner wires the amount of an order in one currency. <see cref="AccountNumber"/> is used where the bank's
/// country has no IBAN; one of the two is always set.
/// </summary>
public sealed record WireInstructions(string Currency, string Beneficiary, string BankName, string? Iban, string? AccountNumber,
    string Swift, string? BankAddress);
