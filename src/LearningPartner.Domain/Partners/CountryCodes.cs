namespace LearningPartner.Domain.Partners;

/// <summary>ISO 3166-1 alpha-2 codes: two upper-case letters.</summary>
public static class CountryCodes
{
    public static bool IsWellFormed(string? code) => code is { Length: 2 } && code.All(c => c is >= 'A' and <= 'Z');

    public static string Require(string code) =>
        IsWellFormed(code) ? code : throw new ArgumentException($"'{code}' is not an ISO 3166-1 alpha-2 code.", nameof(code));
}
