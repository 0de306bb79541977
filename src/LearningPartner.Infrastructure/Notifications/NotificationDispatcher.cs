using System.Net.Mail;
using LearningPartner.Domain.Notifications;
using LearningPartner.Infrastructure.Email;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LearningPartner.Infrastructure.Notifications;

/// <summary>
/// One pass over the notices whose email is not sent: each is claimed first (a versioned update, so with several
/// instances one sender wins), then sent, then marked. A failed send releases the claim for the next run; a sender
/// that died mid-way leaves a claim that lapses after <see cref="PartnerNotification.ClaimLease"/>.
/// </summary>
public sealed class NotificationDispatcher(
    PortalDbContext db,
    EmailSender email,
    INoticeRenderer renderer,
    IOptions<PublicAddressOptions> address,
    ProgramClock clock,
    ILogger<NotificationDispatcher> logger)
{
    private const int Batch = 50;

    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var leaseStart = now - PartnerNotification.ClaimLease;
        var due = await db.PartnerNotifications
            .Where(n => n.EmailedAt == null && (n.ClaimedAt == null || n.ClaimedAt <= leaseStart))
            .OrderBy(n => n.Id).Take(Batch).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var notification in due)
        {
            if (await SendAsync(notification, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> SendAsync(PartnerNotification notification, CancellationToken cancellationToken)
    {
        try
        {
            notification.Claim(clock.Now);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another instance claimed it first: it sends it.
            db.Entry(notification).State = EntityState.Detached;
            return false;
        }

        try
        {
            foreach (var (to, content) in await MailsAsync(notification, cancellationToken))
            {
                await email.SendAsync(to, content, cancellationToken);
            }

            notification.MarkEmailed(clock.Now);
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (e is SmtpException or IOException or InvalidOperationException or FormatException or System.Text.Json.JsonException)
        {
            logger.LogWarning(e, "Notification {NotificationId} could not be emailed; the next run retries", notification.Id);
            notification.ReleaseClaim();
            await db.SaveChangesAsync(cancellationToken);
            return false;
        }
    }

    /// <summary>
    /// The mails of one notice. A legacy text notice (written before issue 24) is one mail in its stored words. A notice stored as facts is written in each
    /// recipient's language: one mail per language, to the recipients who read it (no stored language: en-US). The notice
    /// keeps the path (the overview links to it); the email needs the portal's address in front of it.
    /// </summary>
    private async Task<List<(IReadOnlyCollection<string> To, MailContent Content)>> MailsAsync(PartnerNotification notification,
        CancellationToken cancellationToken)
    {
        var link = address.Value.Link(notification.Link);
        var recipients = notification.RecipientList;
        if (notification.Kind == NoticeKind.Text || notification.Facts is null)
        {
            return [(recipients, MailContent.FromText(notification.Subject, $"{notification.Body}\n\n{link}"))];
        }

        var emails = recipients.ToList();
        var languages = (await db.PartnerUsers.AsNoTracking()
                .Where(u => u.PartnerOrganisationId == notification.PartnerOrganisationId && emails.Contains(u.Email))
                .Select(u => new { u.Email, u.PreferredLanguage }).ToListAsync(cancellationToken))
            .GroupBy(u => u.Email, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(u => u.PreferredLanguage).FirstOrDefault(l => l is not null), StringComparer.OrdinalIgnoreCase);
        return [.. recipients
            .GroupBy(r => renderer.CultureFor(languages.GetValueOrDefault(r)).Name)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var text = renderer.Render(notification.Kind, notification.Facts, renderer.CultureFor(g.Key));
                return ((IReadOnlyCollection<string>)g.ToList(), MailContent.Of(text.Subject, text.Paragraphs, link));
            })];
    }
}
