using System.Net;
using LearningPartner.Domain.Notifications;
using LearningPartner.FunctionalTests.Support;
using LearningPartner.Infrastructure.Notifications;
using LearningPartner.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartner.FunctionalTests.Notifications;

/// <summary>
/// The partner notices' email outbox: each notice is emailed once however many senders run, a sender that died mid-way
/// is taken over after the claim's lease, and a failed send is retried. A legacy notice stored as words keeps them.
/// </summary>
public sealed class NotificationDispatchTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    [Fact]
    public async Task TwoSendersAtOnceEmailEachNoticeOnce()
    {
        await NotifyAsync(6);
        var other = PortalFactory.SharingDatabaseWith(_factory); // a second instance on the same database and pickup folder
        try
        {
            var sent = await Task.WhenAll(Task.Run(() => RunAsync(_factory)), Task.Run(() => RunAsync(other)), Task.Run(() => RunAsync(_factory)));

            Assert.Equal(6, sent.Sum());
            Assert.Equal(6, Directory.GetFiles(_factory.DatabasePath + "-outbox", "*.eml").Length);
            Assert.Equal(0, await _factory.WithDbAsync(db => db.PartnerNotifications.CountAsync(n => n.EmailedAt == null)));
        }
        finally
        {
            other.Dispose();
        }
    }

    [Fact]
    public async Task AClaimOfASenderThatDiedLapsesAfterItsLease()
    {
        await NotifyAsync(1);
        await _factory.WithDbAsync(async db =>
        {
            (await db.PartnerNotifications.SingleAsync()).Claim(PortalFactory.Now); // claimed, then the process died
            return await db.SaveChangesAsync();
        });

        Assert.Equal(0, await RunAsync(_factory));
        _factory.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(1, await RunAsync(_factory));
        Assert.Single(Directory.GetFiles(_factory.DatabasePath + "-outbox", "*.eml"));
    }

    [Fact]
    public async Task AFailedSendIsRetriedByTheNextRun()
    {
        using var unreachable = new PortalFactory().WithSetting("Email:SmtpHost", "127.0.0.1").WithSetting("Email:SmtpPort", "9")
            .WithSetting("Email:SmtpEnableSsl", "false");
        await NotifyAsync(1, unreachable);

        Assert.Equal(0, await RunAsync(unreachable));

        var pending = await unreachable.WithDbAsync(db => db.PartnerNotifications.AsNoTracking().SingleAsync());
        Assert.Null(pending.EmailedAt);
        Assert.True(pending.CanClaim(PortalFactory.Now)); // released at once, not left to its lease
    }

    [Fact]
    public async Task ANoticeStoredAsEnglishWordsBeforeIssue24StillShowsAndMailsItsWords()
    {
        // A row as deployed databases hold them: kind Text, its subject and body as written then, no facts.
        await NotifyAsync(1);
        await _factory.WithDbAsync(db => db.PartnerNotifications.ExecuteUpdateAsync(s => s
            .SetProperty(n => n.Kind, NoticeKind.Text)
            .SetProperty(n => n.Subject, "Case 7: in review")
            .SetProperty(n => n.Body, "Support staff are tracing your KPI discrepancy case 7.")
            .SetProperty(n => n.Facts, (string?)null)));
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);

        Assert.Contains(">Case 7: in review</a>", WebUtility.HtmlDecode(await admin.GetStringAsync("/partners/4100001")));
        Assert.Contains(">Case 7: in review</a>", WebUtility.HtmlDecode(await admin.GetStringAsync("/partners/4100001?culture=zh-CN")));
        Assert.Equal(1, await RunAsync(_factory));
        var mail = Assert.Single(MailFiles.In(_factory.DatabasePath + "-outbox"));
        Assert.Equal("Case 7: in review", mail.Subject);
        Assert.Contains("Support staff are tracing your KPI discrepancy case 7.", mail.Text);
    }

    public void Dispose() => _factory.Dispose();

    private async Task NotifyAsync(int count, PortalFactory? factory = null)
    {
        await using var scope = (factory ?? _factory).Services.CreateAsyncScope();
        var notifier = scope.ServiceProvider.GetRequiredService<PartnerNotifier>();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var contoso = await db.PartnerOrganisations.SingleAsync(o => o.PartnerId == Personas.ContosoPartnerId);
        for (var i = 1; i <= count; i++)
        {
            await notifier.NotifyActiveMembersAsync(contoso.Id, NoticeKind.ClaimRejected,
                new ClaimRejectedFacts(ClaimedFactKind.Trainer, $"MCT-{i}", $"Trainer {i}", $"Reason {i}").ToJson(), "/partners/4100001/trainers", default);
        }

        await db.SaveChangesAsync();
    }

    private static async Task<int> RunAsync(PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationDispatcher>().RunOnceAsync(default);
    }
}
