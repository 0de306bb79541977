using System.Net;
using LearningPartner.Application.Reminders;
using LearningPartner.Domain.Notifications;
using LearningPartner.FunctionalTests.Support;
using LearningPartner.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartner.FunctionalTests.Trainers;

/// <summary>
/// R-MCT-2's email: the reminder service's trainer lapse run records a notice for the partner admins, once per trainer and
/// valid-until date, and the notification outbox emails it. Sam's membership valid until 2026-12-20: Sam lapses on 2026-12-21,
/// and the warning is due from 2026-11-21 — on the factory's 2026-11-25. Each test has its own database.
/// </summary>
public sealed class TrainerLapseReminderTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    [Fact]
    public async Task TwoInstancesRunningAtOnceSendTheWarningOnceToThePartnerAdminsOnly()
    {
        await TrainerLapseArrangement.TwoMctsOneEndingAsync(_factory, "2026-12-20");
        var sentence = TrainerLapseArrangement.SilverLacksOne("2026-12-21", "2026-12-20");
        using var other = PortalFactory.SharingDatabaseWith(_factory); // a second instance on the same database

        var sent = await Task.WhenAll(Task.Run(() => RunAsync(_factory)), Task.Run(() => RunAsync(other)), Task.Run(() => RunAsync(_factory)));
        var again = await RunAsync(_factory);
        var emailed = await EmailAsync();

        Assert.Equal(1, sent.Sum());
        Assert.Equal(0, again);
        var reminder = await _factory.WithDbAsync(db => db.TrainerLapseReminders.AsNoTracking().SingleAsync());
        Assert.Equal(new DateOnly(2026, 12, 20), reminder.ValidUntil);
        var notice = await _factory.WithDbAsync(db => db.PartnerNotifications.AsNoTracking().SingleAsync());
        Assert.Equal(NoticeKind.TrainerLapse, notice.Kind);
        Assert.Equal("avery.chen@contoso-learning.example", notice.Recipients); // not the partner user, not the report viewer
        Assert.Equal(1, emailed);
        var mail = Assert.Single(Mails());
        Assert.Contains("To: avery.chen@contoso-learning.example", mail);
        Assert.DoesNotContain("parker.lee@", mail);
        Assert.DoesNotContain("rowan.patel@", mail);
        Assert.Contains(sentence, mail);
        Assert.Contains("/partners/4100001/trainers", mail);
    }

    [Fact]
    public async Task ThePartnersOverviewListsTheNoticeAndNoOtherOrganisationSeesIt()
    {
        await TrainerLapseArrangement.TwoMctsOneEndingAsync(_factory, "2026-12-20");
        await RunAsync(_factory);
        using var contoso = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var fabrikam = await _factory.SignedInClientAsync(Personas.FabrikamAdmin);

        var notices = WebUtility.HtmlDecode(await contoso.GetStringAsync("/partners/4100001"));
        var other = WebUtility.HtmlDecode(await fabrikam.GetStringAsync("/partners/4100002"));

        Assert.Contains("href=\"/partners/4100001/trainers\">" + TrainerLapseArrangement.SilverLacksOne("2026-12-21", "2026-12-20"), notices);
        Assert.DoesNotContain(TrainerLapseArrangement.SamMctId, other);
    }

    [Fact]
    public async Task AMissedRunSendsItLaterInTheWordsOfTheDayItIsSent()
    {
        await TrainerLapseArrangement.TwoMctsOneEndingAsync(_factory, "2026-12-20");

        // Nothing ran until the last valid day: the warning still holds, and says so with dates, never "today".
        _factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 20, 23, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await RunAsync(_factory));
        await EmailAsync();

        var mail = Assert.Single(Mails());
        Assert.Contains(TrainerLapseArrangement.SilverLacksOne("2026-12-21", "2026-12-20"), mail);
        Assert.DoesNotContain("today", mail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task NothingIsSentOnceTheTrainerHasLapsedNorForATrainerOthersCoverFor()
    {
        // Sam (valid until 2026-12-10, due from 2026-11-11) alongside Contoso's demo MCTs, valid past the anniversary: not needed.
        await TrainerLapseArrangement.AddVerifiedAsync(_factory, TrainerLapseArrangement.Sam, TrainerLapseArrangement.SamMctId, "2026-12-10");
        Assert.Equal(0, await RunAsync(_factory));

        // Needed once the others left, but a first run on the lapse date is too late: the moment passed.
        await TrainerLapseArrangement.AllOthersLeftAsync(_factory);
        _factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 11, 6, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await RunAsync(_factory));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.TrainerLapseReminders.CountAsync()));
    }

    [Fact]
    public async Task TheReminderServiceRunsTheLapseWarningsBesideTheRenewalReminders()
    {
        using var portal = new PortalFactory().WithSetting("Reminders:Enabled", "true");
        _ = portal.Server; // started: the service's first run sends the one renewal reminder due (ReminderTests)
        await TrainerLapseArrangement.TwoMctsOneEndingAsync(portal, "2026-12-20");

        portal.Clock.Advance(TimeSpan.FromMinutes(60)); // the next run
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await portal.WithDbAsync(db => db.TrainerLapseReminders.CountAsync()) == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Equal(1, await portal.WithDbAsync(db => db.TrainerLapseReminders.CountAsync()));
        Assert.Equal(1, await portal.WithDbAsync(db => db.RemindersSent.CountAsync()));
    }

    public void Dispose() => _factory.Dispose();

    private static async Task<int> RunAsync(PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TrainerLapseReminders>().RunOnceAsync(CancellationToken.None);
    }

    private async Task<int> EmailAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationDispatcher>().RunOnceAsync(CancellationToken.None);
    }

    /// <summary>The emails written to the pickup folder: their recipients, subject and both parts decoded.</summary>
    private IEnumerable<string> Mails() => MailFiles.In(_factory.DatabasePath + "-outbox").Select(m => m.Whole);
}
