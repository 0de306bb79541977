using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LearningPartner.Infrastructure.Reminders;

/// <summary>Section "Reminders".</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    public bool Enabled { get; set; } = true;

    public int IntervalMinutes { get; set; } = 60;

    /// <summary>R-MCT-2: how many days before a trainer's membership lapses its partner is warned (at least 1).</summary>
    public int TrainerLapseLeadDays { get; set; } = 30;

    public int TrainerLapseLead => Math.Max(1, TrainerLapseLeadDays);
}

/// <summary>Runs the reminder dispatcher at start and then every interval; safe with several instances.</summary>
public sealed class ReminderService(
    IServiceScopeFactory scopes,
    IOptions<ReminderOptions> options,
    TimeProvider time,
    ILogger<ReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, options.Value.IntervalMinutes)), time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var sent = await scope.ServiceProvider.GetRequiredService<ReminderDispatcher>().RunOnceAsync(stoppingToken);
                if (sent > 0)
                {
                    logger.LogInformation("Sent {Count} renewal reminders", sent);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The reminder run failed; the next run catches up");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
