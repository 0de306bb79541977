using LearningPartner.Domain.Orders;
using Microsoft.Extensions.Options;

namespace LearningPartner.Application.Orders;

/// <summary>R-FEE-3: the wire instructions of each currency, as configured; a currency without complete ones cannot be ordered in.</summary>
public sealed class WireTransfers(IOptions<WireInstructionsOptions> options)
{
    /// <summary>The instructions for payments in <paramref name="currency"/>, or null when none (or incomplete ones) are configured.</summary>
    public WireInstructions? For(string currency)
    {
        if (!options.Value.Currencies.TryGetValue(currency, out var s)
            || Blank(s.Beneficiary) || Blank(s.BankName) || Blank(s.Swift) || (Blank(s.Iban) && Blank(s.AccountNumber)))
        {
            return null;
        }

        return new WireInstructions(currency.ToUpperInvariant(), s.Beneficiary!.Trim(), s.BankName!.Trim(), Trimmed(s.Iban),
            Trimmed(s.AccountNumber), s.Swift!.Trim(), Trimmed(s.BankAddress));
    }

    /// <summary>The currencies among <paramref name="currencies"/> that have no complete instructions, in order.</summary>
    public IReadOnlyList<string> MissingAmong(IEnumerable<string> currencies) =>
        currencies.Distinct(StringComparer.OrdinalIgnoreCase).Where(c => For(c) is null).Order(StringComparer.Ordinal).ToList();

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);

    private static string? Trimmed(string? value) => Blank(value) ? null : value!.Trim();
}
