namespace LearningPartner.Application.Orders;

/// <summary>
/// R-FEE-3: the bank details partners wire to, one entry per ISO currency, from <c>Payments:WireInstructions:{CUR}</c>
/// (docs/configuration.md). An entry without a beneficiary, bank, IBAN or account number, or SWIFT/BIC counts as missing.
/// </summary>
public sealed class WireInstructionsOptions
{
    public const string SectionName = "Payments:WireInstructions";

    public Dictionary<string, WireInstructionsSetting> Currencies { get; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>One currency's bank details as configured.</summary>
public sealed class WireInstructionsSetting
{
    public string? Beneficiary { get; set; }

    public string? BankName { get; set; }

    public string? Iban { get; set; }

    /// <summary>Where the bank's country has no IBAN.</summary>
    public string? AccountNumber { get; set; }

    public string? Swift { get; set; }

    public string? BankAddress { get; set; }
}
