using System.Globalization;
using System.Text.Json;

namespace LearningPartner.Application.Common;

/// <summary>An audit entry's before/after JSON as name → value pairs, for reading on a page.</summary>
internal static class AuditValues
{
    public static IReadOnlyList<KeyValuePair<string, string>> Read(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind != JsonValueKind.Object
                ? [new(string.Empty, json)]
                : document.RootElement.EnumerateObject().Select(p => new KeyValuePair<string, string>(p.Name, Text(p.Value))).ToList();
        }
        catch (JsonException)
        {
            return [new(string.Empty, json)];
        }
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "—",
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Number => value.GetDecimal().ToString("0.####", CultureInfo.InvariantCulture),
        _ => value.GetRawText(),
    };
}
