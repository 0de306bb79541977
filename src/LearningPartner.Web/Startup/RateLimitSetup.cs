using System.Globalization;
using System.Threading.RateLimiting;
using LearningPartner.Web.Features.PartnerDirectory;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace LearningPartner.Web.Startup;

/// <summary>ASP.NET Core's rate limiter: 429 with Retry-After once a client address exceeds its window's permits.</summary>
internal static class RateLimitSetup
{
    /// <summary>The public directory page and its API (issue 10).</summary>
    public const string PublicDirectory = nameof(PublicDirectory);

    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<DirectoryOptions>>((limiter, directory) =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = WriteRejectionAsync;
            limiter.AddPolicy(PublicDirectory, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, directory.Value.PermitLimit),
                    Window = TimeSpan.FromSeconds(Math.Max(1, directory.Value.WindowSeconds)),
                    QueueLimit = 0,
                }));
        });
        return services;
    }

    private static async ValueTask WriteRejectionAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 60;
        var response = context.HttpContext.Response;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        response.ContentType = "text/plain; charset=utf-8";
        await response.WriteAsync($"Too many requests. Try again in {seconds} seconds.", cancellationToken);
    }
}
