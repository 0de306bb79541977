using Serilog.Core;
using Serilog.Events;

namespace LearningPartner.Web.Startup;

/// <summary>
/// R-ORG-2: no log event carries an invitation's secret token. Every path an event records — the request log's and the request
/// scope's "RequestPath", and the "Path" of the portal's own warnings (refused authorizations) — is written through
/// <see cref="RequestLogPath"/>, once, here, for all of them.
/// </summary>
public sealed class RequestPathRedactor : ILogEventEnricher
{
    private static readonly string[] PathProperties = ["RequestPath", "Path"];

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var name in PathProperties)
        {
            if (logEvent.Properties.TryGetValue(name, out var value) && value is ScalarValue { Value: string path }
                && RequestLogPath.Of(path) is var redacted && redacted != path)
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(redacted)));
            }
        }
    }
}
