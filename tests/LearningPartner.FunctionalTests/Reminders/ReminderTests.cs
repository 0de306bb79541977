using LearningPartner.Domain.Reminders;
using LearningPartner.FunctionalTests.Support;
using LearningPartner.Infrastructure.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartner.FunctionalTests.Reminders;

/// <summary>
/// Renewal reminders on the demo world of 2026-11-25. Due today, worked out from the seeded activations: Woodgrove's
/// gold (AD 2026-11-10, in grace) → "on the anniversary"; Contoso's silver (AD 2027-01-29, 65 days away) → "90 days
/// before". No other option is within 90 days of its AD. Each test has its own database.
/// </summary>
public sealed class ReminderTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    [Fact]
    public async Task EachDueReminderIsSentOnceAndSecondRunsSendNothing()
    {
        Assert.Equal(2, await RunAsync());
        Assert.Equal(0, await RunAsync());

        var rows = await _factory.WithDbAsync(db => db.RemindersSent.AsNoTracking().ToListAsync());
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.Kind == ReminderKind.OnAnniversary && r.AnniversaryDate == new DateOnly(2026, 11, 10));
        Assert.Contains(rows, r => r.Kind == ReminderKind.NinetyDaysBefore && r.AnniversaryDate == new DateOnly(2027, 1, 29)
            && r.Recipients.Contains("avery.chen@contoso-learning.example"));
        Assert.Equal(2, Directory.GetFiles(_factory.DatabasePath + "-outbox", "*.eml").Length);
    }

    [Fact]
    public async Task TwoInstancesRunningAtOnceSendEachReminderOnce()
    {
        _ = _factory.Server;
        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(RunAsync)));

        Assert.Equal(2, results.Sum());
        Assert.Equal(2, await _factory.WithDbAsync(db => db.RemindersSent.CountAsync()));
        Assert.Equal(2, Directory.GetFiles(_factory.DatabasePath + "-outbox", "*.eml").Length);
    }

    [Fact]
    public async Task AMissedRunCatchesUpWithTheReminderNowDue()
    {
        await RunAsync();

        // Nothing ran for five weeks. On 2026-12-30 Contoso's silver is 30 days from its AD; Woodgrove's gold lapsed on 2026-12-10.
        _factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 30, 6, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await RunAsync());

        var latest = await _factory.WithDbAsync(db => db.RemindersSent.AsNoTracking().OrderByDescending(r => r.Id).FirstAsync());
        Assert.Equal(ReminderKind.ThirtyDaysBefore, latest.Kind);
        Assert.Contains("in 30 days", latest.Subject);
    }

    [Fact]
    public async Task StaffSeeWhatWasSentAndPartnersSeeANotice()
    {
        await RunAsync();
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        using var contoso = await _factory.SignedInClientAsync(Personas.ContosoAdmin);

        var staff = await support.GetStringAsync("/staff/reminders");
        var overview = await contoso.GetStringAsync("/partners/4100001");

        Assert.Contains("renews on 2027-01-29 (in 90 days)", staff);
        Assert.Contains("Renew your Gold learning option in DATA-PLATFORM now", staff);
        Assert.Contains("renews on 2027-01-29 (in 90 days)", overview);
        Assert.DoesNotContain("DATA-PLATFORM now", overview); // Woodgrove's notice is not Contoso's
    }

    public void Dispose() => _factory.Dispose();

    private async Task<int> RunAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderDispatcher>().RunOnceAsync(CancellationToken.None);
    }
}
