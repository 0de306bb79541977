using Serilog.Core;
using Serilog.Events;

namespace LearningPartner.Web.Startup;

/// <summary>
/// R-ORG-2: no log event carries an invitation's secret token — neither the request log's path nor the "RequestPath" that
/// ASP.NET Core's request scope adds to every event of the request (<see cref="RequestLogPath"/>).
/// </summary>
public sealed class RequestPathRedactor : ILogEventEnricher
{
    private const string RequestPath = "RequestPath";

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        if (logEvent.Properties.TryGetValue(RequestPath, out var value) && value is ScalarValue { Value: string path }
            && RequestLogPath.Of(path) is var redacted && redacted != path)
        {
            logEvent.AddOrUpdateProperty(new LogEventProperty(RequestPath, new ScalarValue(redacted)));
        }
    }
}
