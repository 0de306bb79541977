using LearningPartner.Domain.Common;
using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Notifications;
using LearningPartner.Domain.Reminders;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.Reminders;

/// <summary>Reminders sent: all of them for staff; an organisation's recent notices in its portal.</summary>
public sealed class ReminderQueries(PortalDbContext db, RuleSetCatalogProvider catalogs, ProgramClock clock)
{
    /// <summary>
    /// The newest reminders sent, each with its facts: since issue 24 its notice's (found by its once-only key); before, rebuilt
    /// from its option (<see cref="LegacyFactsAsync"/>).
    /// </summary>
    public async Task<List<ReminderRow>> RecentAsync(int? organisationId, int take, CancellationToken cancellationToken)
    {
        var rows = await (from r in db.RemindersSent.AsNoTracking()
                          join o in db.PartnerOrganisations on r.PartnerOrganisationId equals o.Id
                          where organisationId == null || r.PartnerOrganisationId == organisationId
                          orderby r.Id descending
                          select new { Row = r, o.PartnerId, o.Name })
            .Take(take)
            .ToListAsync(cancellationToken);
        var keys = rows.Where(r => r.Row.Subject.Length == 0)
            .Select(r => RenewalReminderFacts.OnceKey(r.Row.EnrollmentId, r.Row.AnniversaryDate, r.Row.DayOffset)).ToList();
        var facts = await db.PartnerNotifications.AsNoTracking().Where(n => n.OnceKey != null && keys.Contains(n.OnceKey))
            .ToDictionaryAsync(n => n.OnceKey!, n => n.Facts, cancellationToken);
        var legacy = await LegacyFactsAsync([.. rows.Select(r => r.Row).Where(r => r.Subject.Length > 0)], cancellationToken);
        return [.. rows.Select(r => new ReminderRow(r.PartnerId, r.Name, r.Row.Kind, r.Row.AnniversaryDate, r.Row.Subject, r.Row.Recipients,
            r.Row.SentAt, legacy.GetValueOrDefault(r.Row.Id)
                          ?? facts.GetValueOrDefault(RenewalReminderFacts.OnceKey(r.Row.EnrollmentId, r.Row.AnniversaryDate, r.Row.DayOffset))))];
    }

    /// <summary>
    /// The organisation's newest notices, newest first: its notifications (renewal reminders among them since issue 24), and the
    /// renewal reminders sent before, worded from their rebuilt facts like the new ones (their stored English subject only when
    /// the option or its rule set is gone).
    /// </summary>
    public async Task<List<PartnerNotice>> NoticesAsync(int organisationId, int take, CancellationToken cancellationToken)
    {
        var reminders = await db.RemindersSent.AsNoTracking().Where(r => r.PartnerOrganisationId == organisationId && r.Subject != "")
            .OrderByDescending(r => r.Id).Take(take).ToListAsync(cancellationToken);
        var legacy = await LegacyFactsAsync(reminders, cancellationToken);
        var notifications = await db.PartnerNotifications.AsNoTracking().Where(n => n.PartnerOrganisationId == organisationId)
            .OrderByDescending(n => n.Id).Take(take).Select(n => new { n.CreatedAt, n.Subject, n.Link, n.Kind, n.Facts }).ToListAsync(cancellationToken);
        return reminders.Select(r => legacy.TryGetValue(r.Id, out var facts)
                ? new PartnerNotice(r.SentAt, string.Empty, null, NoticeKind.RenewalReminder, facts)
                : new PartnerNotice(r.SentAt, r.Subject, null))
            .Concat(notifications.Select(n => new PartnerNotice(n.CreatedAt, n.Subject, n.Link, n.Kind, n.Facts)))
            .OrderByDescending(n => n.At).Take(take).ToList();
    }

    /// <summary>
    /// Issue 24: a reminder sent before reminders kept their facts stored only English words, with the competency's code. Its facts
    /// are rebuilt from what the row and its option still hold — level, competency, the anniversary date it was about, the day it
    /// was sent, and grace's end as the rules gave it that day (R-RNW-1, R-RNW-2) — so it reads like a new one, in the reader's
    /// language, by the competency's name.
    /// </summary>
    private async Task<Dictionary<long, string>> LegacyFactsAsync(IReadOnlyList<ReminderSent> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var ids = rows.Select(r => r.EnrollmentId).Distinct().ToList();
        var options = await db.Enrollments.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var catalog = catalogs.Catalog;
        var facts = new Dictionary<long, string>();
        foreach (var row in rows)
        {
            if (!options.TryGetValue(row.EnrollmentId, out var option) || catalog.Find(row.AnniversaryDate) is not { } ruleSet)
            {
                continue;
            }

            var sentOn = ProgramDates.Today(row.SentAt, clock.TimeZone);
            var then = new OptionFacts(option.Level, option.CompetencyCode, option.ActivationDate, row.AnniversaryDate,
                option.MarketplaceProfileCompletedOn, []);
            if (OptionLifecycle.StateOn(sentOn, then, ruleSet.RenewalGraceDays, catalog.ExtensionWindows).GraceEndsOn is { } graceEndsOn)
            {
                var name = option.CompetencyCode is { } code ? ruleSet.Competency(code)?.Name ?? code : null;
                facts[row.Id] = new RenewalReminderFacts(option.Level, name, row.AnniversaryDate, graceEndsOn, sentOn)
                {
                    CompetencyCode = option.CompetencyCode,
                }.ToJson();
            }
        }

        return facts;
    }
}
