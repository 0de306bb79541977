using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Serilog;

namespace LearningPartner.Web.Startup;

internal static class PipelineSetup
{
    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        app.UsePortalForwardedHeaders();
        app.UsePortalSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseDatabaseFileCheck();

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        // The host's own logger (LoggingSetup keeps it apart from Serilog's static one).
        app.UseSerilogRequestLogging(o => o.Logger = app.Services.GetService<Serilog.ILogger>());
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter(); // after authentication: a signed-in user is limited as itself, not by its address

        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealthAsync })
            .AllowAnonymous();

        // Liveness: the process answers, nothing else checked (a database outage must not restart instances). Plain
        // text through the whole pipeline: the load benchmark's ceiling (docs/performance.md).
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false })
            .AllowAnonymous();
        // Static files the modern way (issue 24, ADR-018): fingerprinted names from the build's manifest, gzip and Brotli
        // made at build/publish time, immutable caching for fingerprinted URLs. Pages are never compressed on the fly:
        // they carry antiforgery tokens and user data beside each other (BREACH).
        app.MapStaticAssets().AllowAnonymous();
        app.MapControllers().WithStaticAssets();
        app.MapOpenApi().AllowAnonymous();
        return app;
    }

    private static Task WriteHealthAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
