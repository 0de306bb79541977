using LearningPartner.Domain.Common;

namespace LearningPartner.Domain.Notifications;

/// <summary>
/// A notice to a partner organisation: shown in its portal at once, and emailed to its people. Written in the same
/// transaction as the change it announces, so a change is never without its notice (an outbox); the email is sent
/// afterwards by whichever instance claims the row first.
/// </summary>
public sealed class PartnerNotification : IVersioned
{
    /// <summary>A claim on an unsent email lapses after this long, so a crashed sender's mail is retried.</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(10);

    private PartnerNotification()
    {
        Subject = string.Empty;
        Body = string.Empty;
        Link = string.Empty;
        Recipients = string.Empty;
    }

    private PartnerNotification(int partnerOrganisationId, NoticeKind kind, string link, IReadOnlyCollection<string> recipients,
        DateTimeOffset createdAt)
        : this()
    {
        PartnerOrganisationId = partnerOrganisationId;
        Kind = kind;
        Link = Guard.Text(link, 300, nameof(link));
        Recipients = string.Join(", ", recipients);
        CreatedAt = createdAt;
        // Nobody to email: the notice is shown in the portal only.
        EmailedAt = recipients.Count == 0 ? createdAt : null;
    }

    /// <summary>
    /// A notice stored as its facts (JSON), put into words when read or mailed, in the reader's language. A notice that must
    /// exist once only (a reminder) carries a <paramref name="onceKey"/>, unique in the database, so two runs never both add it.
    /// </summary>
    public static PartnerNotification OfFacts(int partnerOrganisationId, NoticeKind kind, string facts, string link,
        IReadOnlyCollection<string> recipients, DateTimeOffset createdAt, string? onceKey = null)
    {
        if (kind == NoticeKind.Text)
        {
            // Issue 24: notices are stored as facts; a text notice is a legacy row, read and mailed as it was stored.
            throw new ArgumentException("A text notice is no longer written.", nameof(kind));
        }

        return new PartnerNotification(partnerOrganisationId, kind, link, recipients, createdAt)
        {
            Facts = Guard.Text(facts, 4000, nameof(facts)),
            OnceKey = Guard.OptionalText(onceKey, 100, nameof(onceKey)),
        };
    }

    public long Id { get; private set; }

    public int PartnerOrganisationId { get; private set; }

    /// <summary>What the notice is; <see cref="NoticeKind.Text"/> for a legacy one stored as words (<see cref="Subject"/>, <see cref="Body"/>).</summary>
    public NoticeKind Kind { get; private set; }

    /// <summary>A legacy text notice's subject; empty for a notice stored as <see cref="Facts"/>.</summary>
    public string Subject { get; private set; }

    /// <summary>A legacy text notice's body; empty for a notice stored as <see cref="Facts"/>.</summary>
    public string Body { get; private set; }

    /// <summary>The facts (JSON of the kind's facts record) a notice other than text is put into words from when read.</summary>
    public string? Facts { get; private set; }

    /// <summary>Set on a notice due once only (e.g. "OrderExpired:12"); unique in the database.</summary>
    public string? OnceKey { get; private set; }

    /// <summary>The portal page the notice is about, e.g. /partners/4100001/cases/12.</summary>
    public string Link { get; private set; }

    /// <summary>Email addresses, comma-separated; empty when the organisation has no portal users.</summary>
    public string Recipients { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When a sender claimed the email; a claim older than <see cref="ClaimLease"/> may be taken again.</summary>
    public DateTimeOffset? ClaimedAt { get; private set; }

    public DateTimeOffset? EmailedAt { get; private set; }

    public Guid Version { get; set; }

    public IReadOnlyList<string> RecipientList => Recipients.Split(", ", StringSplitOptions.RemoveEmptyEntries);

    public bool CanClaim(DateTimeOffset now) => EmailedAt is null && (ClaimedAt is null || now - ClaimedAt.Value >= ClaimLease);

    public void Claim(DateTimeOffset now)
    {
        if (!CanClaim(now))
        {
            throw new InvalidOperationException("The email is sent or claimed by another sender.");
        }

        ClaimedAt = now;
    }

    public void MarkEmailed(DateTimeOffset at) => EmailedAt = at;

    /// <summary>The send failed: the next run may try again at once.</summary>
    public void ReleaseClaim() => ClaimedAt = null;
}
