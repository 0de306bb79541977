using System.Globalization;
using System.Threading.RateLimiting;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace LearningPartner.Web.Startup;

/// <summary>
/// ASP.NET Core's rate limiter (issue 11, ASVS V2.4): each named policy allows a number of requests per window to one
/// signed-in user (by object id) or one anonymous client address, and answers 429 with Retry-After beyond it.
/// Section "RateLimits:{policy}": PermitLimit, WindowSeconds.
/// </summary>
internal static class RateLimitSetup
{
    public const string SectionName = "RateLimits";

    /// <summary>The public directory page and its API (issue 10).</summary>
    public const string Directory = nameof(Directory);

    /// <summary>Sign-in attempts.</summary>
    public const string SignIn = nameof(SignIn);

    /// <summary>Document uploads: proofs of payment, held invoices, answers to a case.</summary>
    public const string Uploads = nameof(Uploads);

    /// <summary>Invoice imports: uploads and commits.</summary>
    public const string Imports = nameof(Imports);

    /// <summary>KPI discrepancy cases submitted.</summary>
    public const string Cases = nameof(Cases);

    /// <summary>Each policy's default permits and window; configuration overrides them.</summary>
    private static readonly Dictionary<string, (int Permits, int WindowSeconds)> Defaults = new()
    {
        [Directory] = (120, 60),
        [SignIn] = (10, 300),
        [Uploads] = (30, 600),
        [Imports] = (20, 600),
        [Cases] = (20, 3600),
    };

    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = WriteRejectionAsync;
            foreach (var (policy, (permits, window)) in Defaults)
            {
                var section = configuration.GetSection($"{SectionName}:{policy}");
                var options = new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, section.GetValue("PermitLimit", permits)),
                    Window = TimeSpan.FromSeconds(Math.Max(1, section.GetValue("WindowSeconds", window))),
                    QueueLimit = 0,
                };
                limiter.AddPolicy(policy, http => RateLimitPartition.GetFixedWindowLimiter(PartitionOf(http), _ => options));
            }
        });
        return services;
    }

    /// <summary>A signed-in user is one partition wherever it connects from; anyone else is its client address.</summary>
    private static string PartitionOf(HttpContext http) =>
        http.User.PortalObjectId() is { } objectId ? "user:" + objectId : "address:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private static async ValueTask WriteRejectionAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 60;
        var response = context.HttpContext.Response;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (ApiProblem.IsApi(context.HttpContext.Request))
        {
            await ApiProblem.WriteAsync(context.HttpContext, ApiProblem.For(StatusCodes.Status429TooManyRequests, $"Too many requests. Try again in {seconds} seconds."));
            return;
        }

        response.ContentType = "text/plain; charset=utf-8";
        await response.WriteAsync($"Too many requests. Try again in {seconds} seconds.", cancellationToken);
    }
}
