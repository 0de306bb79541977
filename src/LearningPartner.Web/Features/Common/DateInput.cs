using System.Globalization;

namespace LearningPartner.Web.Features.Common;

/// <summary>Dates typed into forms: ISO yyyy-MM-dd (what a date input sends), in any UI language.</summary>
public static class DateInput
{
    public static bool TryParse(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static DateOnly Parse(string value) => DateOnly.ParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
