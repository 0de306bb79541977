using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace LearningPartner.Domain.Notifications;

/// <summary>
/// How a notice's facts are stored: JSON with enums by name, and letters of every script kept as they are (a reason written in
/// Chinese would otherwise take six characters a letter of the column's 4000).
/// </summary>
public static class NoticeJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Serialize<T>(T facts) => JsonSerializer.Serialize(facts, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new FormatException($"A notice without its facts ({typeof(T).Name}).");
}
