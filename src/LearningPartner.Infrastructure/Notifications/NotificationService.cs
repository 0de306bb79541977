using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LearningPartner.Infrastructure.Notifications;

/// <summary>Section "Notifications".</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    public bool Enabled { get; set; } = true;

    /// <summary>How often unsent emails are looked for when nothing pokes the service (other instances' notices, retries).</summary>
    public int IntervalSeconds { get; set; } = 60;
}

/// <summary>Emails partner notices as they are committed (poked) and at every interval; safe with several instances.</summary>
public sealed class NotificationService(
    IServiceScopeFactory scopes,
    NotificationSignal signal,
    IOptions<NotificationOptions> options,
    ILogger<NotificationService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var interval = TimeSpan.FromSeconds(Math.Max(1, options.Value.IntervalSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<NotificationDispatcher>().RunOnceAsync(stoppingToken);
                await signal.WaitAsync(interval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "The notification run failed; the next run catches up");
                await Task.Delay(interval, stoppingToken);
            }
        }
    }
}
