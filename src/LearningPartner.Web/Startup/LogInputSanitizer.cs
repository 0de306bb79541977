using System.Text;
using Serilog.Core;
using Serilog.Events;

namespace LearningPartner.Web.Startup;

/// <summary>
/// Issue 11 (ASVS V16): text from users (a path, a persona name, a form value) cannot forge log lines — every control
/// character and line separator in a logged string is written as an escape (\n, \r, \u2028 …). Runs last on every event.
/// </summary>
public sealed class LogInputSanitizer : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            if (Sanitize(value) is { } clean)
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, clean));
            }
        }
    }

    /// <summary>The value with its strings escaped, or null when nothing needed it.</summary>
    private static LogEventPropertyValue? Sanitize(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string text } when NeedsEscaping(text) => new ScalarValue(Escape(text)),
        SequenceValue sequence when sequence.Elements.Any(e => Sanitize(e) is not null) =>
            new SequenceValue(sequence.Elements.Select(e => Sanitize(e) ?? e)),
        StructureValue structure when structure.Properties.Any(p => Sanitize(p.Value) is not null) =>
            new StructureValue(structure.Properties.Select(p => new LogEventProperty(p.Name, Sanitize(p.Value) ?? p.Value)), structure.TypeTag),
        _ => null,
    };

    private static bool NeedsEscaping(string text) => text.Any(IsUnsafe);

    private static bool IsUnsafe(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085';

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when IsUnsafe(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
