using LearningPartner.Domain.Reminders;
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

    /// <summary>R-RNW-2: days before the anniversary date a renewal reminder goes out (Partner Center: 15). Null: the default.</summary>
    public int[]? DaysBeforeAnniversary { get; set; }

    /// <summary>R-RNW-2: days after the anniversary date a renewal reminder goes out, 0 on it (Partner Center: 23). Null: the default.</summary>
    public int[]? DaysAfterAnniversary { get; set; }

    /// <summary>R-RNW-2: the last reminder, this many days before grace ends.</summary>
    public int DaysBeforeGraceEnds { get; set; } = ReminderDays.PartnerCenter.BeforeGraceEnds;

    /// <summary>The configured days; a list left out takes Partner Center's (a configured list replaces it, never adds to it).</summary>
    public ReminderDays RenewalDays => new(
        DaysBeforeAnniversary ?? [.. ReminderDays.PartnerCenter.DaysBefore],
        DaysAfterAnniversary ?? [.. ReminderDays.PartnerCenter.DaysAfter],
        DaysBeforeGraceEnds);
}

/// <summary>Runs every kind of reminder (<see cref="IScheduledReminders"/>) at start and then every interval; safe with several instances.</summary>
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
            await using (var kinds = scopes.CreateAsyncScope())
            {
                foreach (var kind in kinds.ServiceProvider.GetServices<IScheduledReminders>().Select(k => k.GetType()).ToList())
                {
                    await RunAsync(kind, stoppingToken);
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One kind's run in a scope (a DbContext) of its own, so one failing kind neither stops nor taints the others.</summary>
    private async Task RunAsync(Type kind, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var reminders = scope.ServiceProvider.GetServices<IScheduledReminders>().First(k => k.GetType() == kind);
            var sent = await reminders.RunOnceAsync(stoppingToken);
            if (sent > 0)
            {
                logger.LogInformation("Sent {Count} reminders of {Kind}", sent, kind.Name);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The reminder run of {Kind} failed; the next run catches up", kind.Name);
        }
    }
}
