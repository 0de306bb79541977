namespace LearningPartner.UnitTests.UseCases;

/// <summary>R-FEE-3: bank details for the currencies the test rule sets charge in, as configuration keys.</summary>
internal static class TestWireInstructions
{
    public static IEnumerable<KeyValuePair<string, string?>> For(params string[] currencies) =>
        currencies.SelectMany(c => new Dictionary<string, string?>
        {
            [$"Payments:WireInstructions:{c}:Beneficiary"] = "Learning Program Ltd",
            [$"Payments:WireInstructions:{c}:BankName"] = $"Test Bank {c}",
            [$"Payments:WireInstructions:{c}:Iban"] = "GB33BUKB20201555555555",
            [$"Payments:WireInstructions:{c}:Swift"] = "BUKBGB22",
        });
}
