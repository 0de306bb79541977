using System.Globalization;

namespace LearningPartner.Domain.Common;

/// <summary>
/// ISO 4217 currency codes (issue 20.6), from the list .NET keeps with its culture data (ICU's CLDR): the currency of
/// every region it knows. A maintained list, not one typed here, so a code that is withdrawn or added follows a runtime
/// update. It needs ICU: with invariant globalization there are no regions, and the list refuses to start empty
/// rather than refuse every currency (docs/decisions/ADR-011).
/// </summary>
public static class CurrencyCodes
{
    private static readonly Lazy<IReadOnlySet<string>> Iso4217 = new(Load);

    /// <summary>Every code the list holds, for the tests and the rule-set checks.</summary>
    public static IReadOnlySet<string> All => Iso4217.Value;

    /// <summary>Three upper-case letters: the shape of an ISO 4217 alphabetic code.</summary>
    public static bool IsWellFormed(string? code) => code is { Length: 3 } && code.All(c => c is >= 'A' and <= 'Z');

    /// <summary>An ISO 4217 code in current use ("USD", "EUR", "CNY"; not "ZZZ").</summary>
    public static bool IsIso4217(string? code) => IsWellFormed(code) && All.Contains(code!);

    private static SortedSet<string> Load()
    {
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            // A few cultures name no region (a language only); they have no currency of their own.
            if (!string.IsNullOrEmpty(culture.Name) && TryRegion(culture.Name) is { } region && IsWellFormed(region.ISOCurrencySymbol))
            {
                codes.Add(region.ISOCurrencySymbol);
            }
        }

        return codes.Count > 0
            ? codes
            : throw new InvalidOperationException(
                "No ISO 4217 currency codes: the runtime has no culture data. Turn InvariantGlobalization off (ICU is required).");
    }

    private static RegionInfo? TryRegion(string cultureName)
    {
        try
        {
            return new RegionInfo(cultureName);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
