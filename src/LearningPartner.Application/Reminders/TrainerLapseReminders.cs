using LearningPartner.Application.Common;
using LearningPartner.Application.Standing;
using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Notifications;
using LearningPartner.Domain.Reminders;
using LearningPartner.Infrastructure.Notifications;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Reminders;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LearningPartner.Application.Reminders;

/// <summary>
/// R-MCT-2: one pass of the reminder service over the trainers whose membership lapses within the lead time: each warning due today
/// (as the overview derives it) becomes a notice to the partner's admins, emailed by the notification outbox, once per trainer and
/// membership. The <see cref="TrainerLapseReminder"/> row and the notice are saved together under the row's unique (trainer,
/// valid-until) index, so of several instances or runs one records and sends it; a run that was missed sends it later while it is
/// still due. It is stored as its facts (dates, never "today"), worded when read in the reader's language.
/// </summary>
public sealed class TrainerLapseReminders(
    PortalDbContext db,
    PartnerStandingService standings,
    PartnerNotifier notifier,
    NotificationSignal signal,
    IPortalLinks links,
    ProgramClock clock,
    IOptions<ReminderOptions> options) : IScheduledReminders
{
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var lead = options.Value.TrainerLapseLead;
        // Due from ValidUntil + 1 - lead up to ValidUntil (TrainerLapse): memberships ending today .. today + lead - 1, not warned about yet.
        var lastDay = today.AddDays(lead - 1);
        var organisationIds = await db.Trainers.AsNoTracking()
            .Where(t => t.ValidUntil >= today && t.ValidUntil <= lastDay)
            .Where(t => !db.TrainerLapseReminders.Any(r => r.TrainerId == t.Id && r.ValidUntil == t.ValidUntil))
            .Select(t => t.PartnerOrganisationId).Distinct().ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var organisationId in organisationIds)
        {
            var organisation = await db.PartnerOrganisations.AsNoTracking().FirstAsync(o => o.Id == organisationId, cancellationToken);
            var record = await standings.LoadAsync(PartnerContext.Of(organisation), cancellationToken);
            var now = (await standings.EvaluateAsync(record, [today], cancellationToken))[today];
            var atAnniversaries = await standings.EvaluateAsync(record, TrainerLapseWarnings.Anniversaries(now), cancellationToken);
            foreach (var warning in TrainerLapseWarnings.Of(now, atAnniversaries, lead))
            {
                if (await SendAsync(organisation.Id, organisation.PartnerId, warning, cancellationToken))
                {
                    sent++;
                }
            }
        }

        return sent;
    }

    private async Task<bool> SendAsync(int organisationId, string partnerId, TrainerLapseWarning warning, CancellationToken cancellationToken)
    {
        if (await db.TrainerLapseReminders.AnyAsync(r => r.TrainerId == warning.TrainerId && r.ValidUntil == warning.ValidUntil, cancellationToken))
        {
            return false;
        }

        db.TrainerLapseReminders.Add(new TrainerLapseReminder(warning.TrainerId, organisationId, warning.ValidUntil, clock.Now));
        await notifier.NotifyActivePartnerAdminsAsync(organisationId, NoticeKind.TrainerLapse, TrainerLapseFacts.Of(warning).ToJson(),
            links.Trainers(partnerId), cancellationToken);
        // The row and its notice together, or neither.
        if (!await db.SaveOnceAsync(cancellationToken))
        {
            return false;
        }

        signal.Poke();
        return true;
    }
}
