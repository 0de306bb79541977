using System.Globalization;
using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Trainers;
using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Time;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Features.Requirements;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Trainers;

/// <summary>Partner admins add, edit and retire their MCTs (R-LAP-1, R-CMP-1); every change is audited.</summary>
public sealed class TrainerService(
    PortalDbContext db,
    AuditTrail audit,
    ProgramClock clock,
    PartnerStandingService standings,
    IStringLocalizer<SharedResource> localizer)
{
    public async Task<TrainersViewModel?> GetPageAsync(string partnerId, TrainerInput newTrainer, CancellationToken cancellationToken)
    {
        var organisation = await db.PartnerOrganisations.AsNoTracking().FirstOrDefaultAsync(o => o.PartnerId == partnerId, cancellationToken);
        if (organisation is null)
        {
            return null;
        }

        var today = clock.Today;
        var impact = await ImpactAsync(organisation, today, cancellationToken);
        var trainers = impact.Trainers
            .OrderBy(t => t.RetiredOn != null).ThenBy(t => t.Name)
            .Select(t => new TrainerRowModel(t.Id, t.Name, t.MctId, t.ValidUntil, t.RetiredOn, t.IsValidOn(today),
                impact.Lost.TryGetValue(t.Id, out var lost) ? lost : []))
            .ToList();
        return new TrainersViewModel(partnerId, organisation.Name, today, trainers, newTrainer);
    }

    /// <summary>
    /// "If this trainer leaves" (issue 6): re-runs the real eligibility without each trainer, today and on the
    /// next anniversary date of each held option (its renewal's evaluation date, R-RNW-1).
    /// </summary>
    private async Task<(IReadOnlyList<Trainer> Trainers, Dictionary<int, IReadOnlyList<LostRequirement>> Lost)> ImpactAsync(
        Domain.Partners.PartnerOrganisation organisation, DateOnly today, CancellationToken cancellationToken)
    {
        var now = await standings.GetAsync(organisation, today, cancellationToken);
        var trainers = now.Facts?.Trainers.ToList() ?? await db.Trainers.AsNoTracking()
            .Where(t => t.PartnerOrganisationId == organisation.Id).ToListAsync(cancellationToken);
        var held = now.Options.Where(o => o.Status?.IsHeld == true).ToList();
        var dates = new List<PartnerStanding> { now };
        dates.AddRange((await standings.GetManyAsync(organisation,
            held.Select(o => o.Status!.Anniversary!.Effective).Where(d => d > today), cancellationToken)).Values);

        var lost = new Dictionary<int, IReadOnlyList<LostRequirement>>();
        foreach (var trainer in trainers.Where(t => t.RetiredOn is null))
        {
            lost[trainer.Id] = dates
                .Where(s => s.RuleSet is not null && s.Facts is not null)
                .SelectMany(s => TrainerImpact.Without(s.RuleSet!, s.Date, s.Facts!,
                    s.Facts!.Trainers.First(t => t.Id == trainer.Id),
                    // Today: every held option; at an AD: the options renewing on that date.
                    held.Where(o => s.Date == today || o.Status!.Anniversary!.Effective == s.Date)
                        .Select(o => new HeldOption(o.Level, o.CompetencyCode)).ToList()))
                .ToList();
        }

        return (trainers, lost);
    }

    public async Task<FormOutcome> AddAsync(int organisationId, TrainerInput input, CancellationToken cancellationToken)
    {
        var mctId = input.MctId!.Trim();
        if (await db.Trainers.AnyAsync(t => t.PartnerOrganisationId == organisationId && t.MctId == mctId, cancellationToken))
        {
            return FormOutcome.Field(nameof(input.MctId), localizer["This MCT id is already on your list."]);
        }

        var trainer = new Trainer(organisationId, input.Name!, mctId, DateInput.Parse(input.ValidUntil!));
        try
        {
            await db.InTransactionAsync(async ct =>
            {
                db.Trainers.Add(trainer);
                await db.SaveChangesAsync(ct);
                audit.Record("TrainerAdded", nameof(Trainer), Id(trainer.Id), organisationId, null, Snapshot(trainer));
                return await db.SaveChangesAsync(ct);
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return FormOutcome.Field(nameof(input.MctId), localizer["This MCT id is already on your list."]);
        }

        return FormOutcome.Success;
    }

    public Task<TrainerInput?> GetForEditAsync(int organisationId, int trainerId, CancellationToken cancellationToken) =>
        db.Trainers.AsNoTracking()
            .Where(t => t.PartnerOrganisationId == organisationId && t.Id == trainerId && t.RetiredOn == null)
            .Select(t => new TrainerInput { Name = t.Name, MctId = t.MctId, ValidUntil = DateInput.Format(t.ValidUntil), Version = t.Version })
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Null when the trainer is not this organisation's (404).</summary>
    public async Task<FormOutcome?> UpdateAsync(int organisationId, int trainerId, TrainerInput input, CancellationToken cancellationToken)
    {
        var trainer = await db.Trainers.FirstOrDefaultAsync(t => t.PartnerOrganisationId == organisationId && t.Id == trainerId && t.RetiredOn == null, cancellationToken);
        if (trainer is null)
        {
            return null;
        }

        var mctId = input.MctId!.Trim();
        if (await db.Trainers.AnyAsync(t => t.PartnerOrganisationId == organisationId && t.MctId == mctId && t.Id != trainerId, cancellationToken))
        {
            return FormOutcome.Field(nameof(input.MctId), localizer["This MCT id is already on your list."]);
        }

        var before = Snapshot(trainer);
        db.Entry(trainer).Property(t => t.Version).OriginalValue = input.Version;
        trainer.Change(input.Name!, mctId, DateInput.Parse(input.ValidUntil!));
        audit.Record("TrainerChanged", nameof(Trainer), Id(trainer.Id), organisationId, before, Snapshot(trainer));
        return await SaveOrConflictAsync(cancellationToken);
    }

    /// <summary>Retiring keeps the row for the record; the trainer no longer counts from today (R-CMP-1).</summary>
    public async Task<FormOutcome?> RetireAsync(int organisationId, int trainerId, CancellationToken cancellationToken)
    {
        var trainer = await db.Trainers.FirstOrDefaultAsync(t => t.PartnerOrganisationId == organisationId && t.Id == trainerId, cancellationToken);
        if (trainer is null)
        {
            return null;
        }

        var before = Snapshot(trainer);
        trainer.Retire(clock.Today);
        audit.Record("TrainerRetired", nameof(Trainer), Id(trainer.Id), organisationId, before, Snapshot(trainer));
        return await SaveOrConflictAsync(cancellationToken);
    }

    private async Task<FormOutcome> SaveOrConflictAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return FormOutcome.Success;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return FormOutcome.Failure(localizer["Someone else changed this trainer while you were editing. Reload the page to see their change, then edit again."]);
        }
    }

    private static object Snapshot(Trainer t) => new { t.Name, t.MctId, t.ValidUntil, t.RetiredOn };

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
