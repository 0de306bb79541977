using System.Net;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Web.Features.Common;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LearningPartner.Web.Startup;

/// <summary>
/// Issue 20: while the database file the portal started on is removed or replaced (<see cref="DatabaseFile"/>), every request
/// is answered 503 before anything reads or writes — a page that needs nothing from the database, or a problem on the API —
/// and /health reports unhealthy (liveness stays: a restart would start on the wrong file or none).
/// </summary>
internal static class DatabaseFileCheck
{
    public static WebApplication UseDatabaseFileCheck(this WebApplication app)
    {
        var file = app.Services.GetRequiredService<DatabaseFile>();
        app.Use(async (context, next) =>
        {
            if (file.WasIntactRecently || context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
            {
                await next(context);
                return;
            }

            context.Response.Clear();
            context.Response.Headers.RetryAfter = "300";
            if (ApiProblem.IsApi(context.Request))
            {
                await ApiProblem.WriteAsync(context, ApiProblem.For(StatusCodes.Status503ServiceUnavailable, Unavailable));
                return;
            }

            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(Page(context.TraceIdentifier));
        });
        return app;
    }

    private const string Unavailable = "The portal's database is unavailable. Nothing was read or changed; please try again later.";

    /// <summary>The error page without the layout: the layout reads the signed-in user, which needs the database.</summary>
    private static string Page(string reference) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Service unavailable · Learning Partner Portal</title><link rel="stylesheet" href="/css/site.css"></head>
        <body><main id="main" class="container">
        <h1>The portal is unavailable</h1>
        <p>{WebUtility.HtmlEncode(Unavailable)} Support staff have been alerted.</p>
        <p lang="zh-CN">门户的数据库不可用。未读取或更改任何内容；请稍后再试。</p>
        <p class="muted">Status 503 · reference {WebUtility.HtmlEncode(reference)}</p>
        </main></body>
        </html>
        """;
}

/// <summary>Unhealthy while the database file is removed or replaced (issue 20).</summary>
internal sealed class DatabaseFileHealthCheck(DatabaseFile file) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(file.IsIntact
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"The database file {file.Path} was removed or replaced; restore it and restart the portal."));
}
