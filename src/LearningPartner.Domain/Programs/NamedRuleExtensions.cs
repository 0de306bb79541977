using System.Globalization;

namespace LearningPartner.Domain.Programs;

public static class NamedRuleExtensions
{
    /// <summary>The name in a reader's language: Chinese for a Chinese culture when the rule set gives it, English otherwise.</summary>
    public static string NameIn(this INamedRule rule, CultureInfo culture) => NameIn(rule.Name, rule.NameZh, culture);

    /// <summary>A rule set's name as published in English and Chinese (ADR-019), in a reader's language.</summary>
    public static string NameIn(string name, string? nameZh, CultureInfo culture) =>
        nameZh is { Length: > 0 } && string.Equals(culture.TwoLetterISOLanguageName, "zh", StringComparison.Ordinal) ? nameZh : name;
}
