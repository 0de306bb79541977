using System.Globalization;
using LearningPartner.Domain.Common;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Views.Shared;

/// <summary>How dates and money appear on every page, in the user's language.</summary>
public static class Display
{
    /// <summary>An unambiguous date in both languages: 2026-11-25.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>Year and month, e.g. 2026-11.</summary>
    /// <summary>
    /// The person of an audit-style "object id (display name)" (<c>ICurrentActor.Describe</c>): the name, which is
    /// what a reader recognises; the object id stays in the audit trail.
    /// </summary>
    public static string Person(string described)
    {
        var open = described.IndexOf(" (", StringComparison.Ordinal);
        return open > 0 && described.EndsWith(')') ? described[(open + 2)..^1] : described;
    }

    public static string Month(int year, int month) => $"{year:0000}-{month:00}";

    /// <summary>R-FEE-2: money always with its own ISO code, whatever the page's language.</summary>
    public static string Money(Money money) => money.Format(CultureInfo.CurrentCulture);

    public static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.CurrentCulture);

    public static string Number(int value) => value.ToString("#,0", CultureInfo.CurrentCulture);

    /// <summary>The country's or region's name in the user's language, with its ISO code: "United States (US)", "美国 (US)".</summary>
    public static string Country(IStringLocalizer localizer, string code) => $"{localizer[CountryNames.EnglishOf(code)]} ({code})";
}
