using System.Globalization;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace LearningPartner.FunctionalTests.Support;

/// <summary>
/// Every log event a test portal writes, kept in memory (<see cref="PortalFactory.CapturingLogs"/>). Not the factory
/// itself: Serilog disposes the sinks it is given when a host's logger ends.
/// </summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly List<LogEvent> _events = [];

    public IReadOnlyList<LogEvent> Events
    {
        get
        {
            lock (_events)
            {
                return [.. _events];
            }
        }
    }

    /// <summary>Events at Error or above: an unhandled exception, a failure nobody caught.</summary>
    public IReadOnlyList<LogEvent> Errors => Events.Where(e => e.Level >= LogEventLevel.Error).ToList();

    /// <summary>Each event as the Development console shows it, followed by the JSON line the production sink writes.</summary>
    public IReadOnlyList<string> Lines() => Events.Select(e =>
    {
        using var writer = new StringWriter();
        new CompactJsonFormatter().Format(e, writer);
        return e.RenderMessage(CultureInfo.InvariantCulture) + " " + writer.ToString().TrimEnd();
    }).ToList();

    public void Emit(LogEvent logEvent)
    {
        lock (_events)
        {
            _events.Add(logEvent);
        }
    }
}
