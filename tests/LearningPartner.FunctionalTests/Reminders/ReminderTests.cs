using System.Globalization;
using System.Net;
using LearningPartner.Application.Reminders;
using LearningPartner.Domain.Notifications;
using LearningPartner.Domain.Reminders;
using LearningPartner.FunctionalTests.Support;
using LearningPartner.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartner.FunctionalTests.Reminders;

/// <summary>
/// Renewal reminders on Partner Center's days (R-RNW-2: 15 days before the AD, 23 after it — also 7 days before the end of
/// 30 days of grace, so one reminder) on the demo world of 2026-11-25, worked out from the seeded activations. Woodgrove's
/// gold Data Platform (AD 2026-11-10, grace until 2026-12-09): its AD − 15 reminder was due on 2026-10-26 and is caught up until
/// AD + 23 (2026-12-03), saying the facts of today. Contoso's silver Cloud Platform (AD 2027-01-29): AD − 15 is 2027-01-14, nothing
/// yet. No other option is within reach of a reminder. Each reminder is a partner notice (issue 24), emailed by the outbox. Each
/// test has its own database.
/// </summary>
public sealed class ReminderTests : IDisposable
{
    private const string WoodgroveLate = "Your Gold · Data Platform: the anniversary date was 2026-11-10; renew by 2026-12-09 or the option lapses";

    private readonly PortalFactory _factory = new();

    [Fact]
    public async Task EachDueReminderIsSentOnceAndSecondRunsSendNothing()
    {
        Assert.Equal(1, await RunAsync());
        Assert.Equal(0, await RunAsync());

        var row = Assert.Single(await _factory.WithDbAsync(db => db.RemindersSent.AsNoTracking().ToListAsync()));
        Assert.Equal((ReminderKind.BeforeAnniversary, -15, new DateOnly(2026, 11, 10)), (row.Kind, row.DayOffset, row.AnniversaryDate));
        Assert.Equal(string.Empty, row.Subject); // the words are the notice's, chosen when read
        Assert.Equal((ReminderKind.BeforeAnniversary, -15, WoodgroveLate), await LatestAsync());
        var notice = await _factory.WithDbAsync(db => db.PartnerNotifications.AsNoTracking().SingleAsync());
        Assert.Equal($"RenewalReminder:{row.EnrollmentId}:2026-11-10:-15", notice.OnceKey);
        Assert.Equal($"/partners/4100005/renew/{row.EnrollmentId}", notice.Link);
        Assert.Equal(1, await EmailAsync());
        Assert.Single(Directory.GetFiles(_factory.DatabasePath + "-outbox", "*.eml"));
    }

    [Fact]
    public async Task TwoInstancesRunningAtOnceSendEachReminderOnce()
    {
        _ = _factory.Server;
        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(RunAsync)));

        Assert.Equal(1, results.Sum());
        Assert.Equal(1, await _factory.WithDbAsync(db => db.RemindersSent.CountAsync()));
        Assert.Equal(1, await _factory.WithDbAsync(db => db.PartnerNotifications.CountAsync()));
        await EmailAsync();
        Assert.Single(Directory.GetFiles(_factory.DatabasePath + "-outbox", "*.eml"));
    }

    [Fact]
    public async Task RemindersGoOutOnTheConfiguredDaysOnceEachAndAMissedDayIsSentLaterWithItsDate()
    {
        await RunAsync();

        // 2026-12-03, AD + 23 for Woodgrove: the last reminder, once.
        _factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 3, 6, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await RunAsync());
        Assert.Equal(0, await RunAsync());
        Assert.Equal((ReminderKind.BeforeGraceEnds, 23, WoodgroveLate), await LatestAsync());

        // 2027-01-14, AD − 15 for Contoso; Woodgrove's gold lapsed on 2026-12-10 and hears nothing more.
        _factory.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 14, 6, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await RunAsync());
        Assert.Equal((ReminderKind.BeforeAnniversary, -15, "Your Silver · Cloud Platform renews on 2027-01-29"), await LatestAsync());

        // No instance ran from 2027-02-21 (AD + 23) to 2027-02-25: the reminder goes out late, with that day's facts.
        _factory.Clock.SetUtcNow(new DateTimeOffset(2027, 2, 25, 6, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await RunAsync());
        Assert.Equal((ReminderKind.BeforeGraceEnds, 23,
            "Your Silver · Cloud Platform: the anniversary date was 2027-01-29; renew by 2027-02-27 or the option lapses"), await LatestAsync());
        await EmailAsync();
        // The late reminder's mail, found by its words: files written within one clock tick share a timestamp.
        var mail = Assert.Single(MailFiles.In(_factory.DatabasePath + "-outbox"), m => m.Subject.Contains("renew by 2027-02-27", StringComparison.Ordinal));
        Assert.Contains("As of 2027-02-25: renewal is evaluated with the anniversary date (2027-01-29) as evaluation date", mail.Text);
        Assert.Contains("2027-02-25", mail.Html);
        Assert.DoesNotContain("today", mail.Whole, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("CLOUD-PLATFORM", mail.Whole, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfiguredDaysReplacePartnerCentersDays()
    {
        // 90 days before the AD instead of 15: Contoso's silver (AD 2027-01-29) was due on 2026-10-31 and is caught up today.
        using var factory = new PortalFactory().WithSetting("Reminders:DaysBeforeAnniversary:0", "90");
        await using var scope = factory.Services.CreateAsyncScope();

        Assert.Equal(2, await scope.ServiceProvider.GetRequiredService<RenewalReminders>().RunOnceAsync(CancellationToken.None));

        var rows = await factory.WithDbAsync(db => db.RemindersSent.AsNoTracking().ToListAsync());
        Assert.Contains(rows, r => r.DayOffset == -90 && r.Recipients.Contains("avery.chen@contoso-learning.example"));
        Assert.DoesNotContain(rows, r => r.DayOffset == -15);
        var subjects = await SubjectsAsync(factory);
        Assert.Contains("Your Silver · Cloud Platform renews on 2027-01-29", subjects);
    }

    [Fact]
    public async Task StaffSeeWhatWasSentAndPartnersSeeANotice()
    {
        await RunAsync();
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        using var contoso = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var woodgrove = await _factory.SignedInClientAsync(Personas.WoodgroveAdmin);

        var staff = WebUtility.HtmlDecode(await support.GetStringAsync("/staff/reminders"));

        Assert.Contains(WoodgroveLate, staff);
        Assert.Contains(WoodgroveLate, WebUtility.HtmlDecode(await woodgrove.GetStringAsync("/partners/4100005")));
        Assert.DoesNotContain("Data Platform: the anniversary", WebUtility.HtmlDecode(await contoso.GetStringAsync("/partners/4100001"))); // not Contoso's
    }

    [Fact]
    public async Task AReminderSentBeforeRemindersKeptTheirFactsReadsLikeANewOneInEachLanguage()
    {
        // A reminder of before issue 24: its row holds English words with the competency's code, and it has no notice.
        await RunAsync();
        await _factory.WithDbAsync(async db =>
        {
            await db.PartnerNotifications.ExecuteDeleteAsync();
            return await db.RemindersSent.ExecuteUpdateAsync(s => s.SetProperty(r => r.Subject,
                "Reminder: your Gold learning option in DATA-PLATFORM reached its anniversary date today"));
        });
        using var support = await _factory.SignedInClientAsync(Personas.Support);
        using var woodgrove = await _factory.SignedInClientAsync(Personas.WoodgroveAdmin);

        // Rebuilt from its option: AD 2026-11-10, sent 2026-11-25, 30 days of grace, so the last day is 2026-12-09 (R-RNW-1).
        Assert.Contains(WoodgroveLate, WebUtility.HtmlDecode(await support.GetStringAsync("/staff/reminders")));
        Assert.Contains(WoodgroveLate, WebUtility.HtmlDecode(await woodgrove.GetStringAsync("/partners/4100005")));
        using var switched = await woodgrove.PostFormAsync("/", "/culture", ("culture", "zh-CN"), ("returnUrl", "/"));
        var chinese = WebUtility.HtmlDecode(await woodgrove.GetStringAsync("/partners/4100005"));
        Assert.Contains("你的 金牌 · 数据平台：周年日为 2026-11-10；请在 2026-12-09（含）前续订，否则该选项将失效", chinese);
        Assert.DoesNotContain("DATA-PLATFORM", chinese);
        Assert.DoesNotContain("today", chinese, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>The latest reminder row's kind and day, and its notice's subject in English.</summary>
    private async Task<(ReminderKind, int, string)> LatestAsync()
    {
        var latest = await _factory.WithDbAsync(db => db.RemindersSent.AsNoTracking().OrderByDescending(r => r.Id).FirstAsync());
        return (latest.Kind, latest.DayOffset, (await SubjectsAsync(_factory))[^1]);
    }

    /// <summary>The renewal reminder notices' subjects in English, oldest first.</summary>
    private static async Task<List<string>> SubjectsAsync(PortalFactory factory)
    {
        var facts = await factory.WithDbAsync(db => db.PartnerNotifications.Where(n => n.Kind == NoticeKind.RenewalReminder).OrderBy(n => n.Id)
            .Select(n => n.Facts!).ToListAsync());
        var renderer = factory.Services.GetRequiredService<INoticeRenderer>();
        return [.. facts.Select(f => renderer.Render(NoticeKind.RenewalReminder, f, new CultureInfo("en-US")).Subject)];
    }

    private async Task<int> RunAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RenewalReminders>().RunOnceAsync(CancellationToken.None);
    }

    private async Task<int> EmailAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationDispatcher>().RunOnceAsync(CancellationToken.None);
    }
}
