using Serilog;
using Serilog.Formatting.Compact;

namespace LearningPartner.Web.Startup;

internal static class LoggingSetup
{
    /// <summary>
    /// Serilog to the console: readable text in Development, compact JSON elsewhere. Request logging
    /// records the path, never the query string, headers or cookies, so no secret reaches the logs.
    /// </summary>
    public static WebApplicationBuilder AddPortalLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .Filter.ByExcluding(KeyProtectionSetup.IsFrameworkUnencryptedKeyWarning)
                .Enrich.With<RequestPathRedactor>()
                .Enrich.With<LogInputSanitizer>(); // last: whatever a user typed, one event stays one line
            if (builder.Environment.IsDevelopment())
            {
                logger.WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                logger.WriteTo.Console(new CompactJsonFormatter());
            }
        },
        // Each host keeps its own logger instead of replacing Serilog's static one: several hosts in one process (tests,
        // benchmarks) would otherwise write into each other's sinks.
        preserveStaticLogger: true);
        return builder;
    }
}
