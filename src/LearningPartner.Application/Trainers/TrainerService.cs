using LearningPartner.Application.Common;
using LearningPartner.Application.Standing;
using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Trainers;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Storage;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.Trainers;

/// <summary>
/// Partner admins claim, edit and end the affiliation of their MCTs (R-LAP-1, R-CMP-1, R-MCT-1, R-MCT-2); every change is
/// audited. A claim counts only once support staff (or an imported roster) verify it.
/// </summary>
public sealed class TrainerService(PortalDbContext db, DocumentStore store, AuditLog audit, ProgramClock clock, PartnerStandingService standings)
{
    /// <summary>The input field an MCT id is typed in.</summary>
    public const string MctIdField = nameof(TrainerDetails.MctId);

    /// <summary>The input field a transcript PDF is uploaded in (R-MCT-1).</summary>
    public const string EvidenceDocumentField = nameof(TrainerClaim.EvidenceDocument);

    public async Task<PartnerTrainers> ListAsync(PartnerContext partner, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var impact = await ImpactAsync(partner, today, cancellationToken);
        var trainers = impact.Trainers
            .OrderBy(t => t.RetiredOn != null).ThenBy(t => t.Name)
            .Select(t => new TrainerRow(t.Id, t.Name, t.MctId, t.ValidUntil, t.RetiredOn, t.IsValidOn(today),
                t.Review.Status, t.Review.EvidenceLink, t.Review.EvidenceDocument is not null, t.Review.RejectionReason,
                impact.Lost.TryGetValue(t.Id, out var lost) ? lost : []))
            .ToList();
        return new PartnerTrainers(partner, today, trainers, [.. impact.Pending.Where(c => c.Fact is Trainer)]);
    }

    /// <summary>
    /// "If this trainer leaves" (issue 6): re-runs the real eligibility without each trainer, today and on the
    /// next anniversary date of each held option (its renewal's evaluation date, R-RNW-1).
    /// </summary>
    private async Task<(IReadOnlyList<Trainer> Trainers, Dictionary<int, IReadOnlyList<LostRequirement>> Lost, IReadOnlyList<PendingClaim> Pending)> ImpactAsync(
        PartnerContext partner, DateOnly today, CancellationToken cancellationToken)
    {
        var record = await standings.LoadAsync(partner, cancellationToken);
        var now = (await standings.EvaluateAsync(record, [today], cancellationToken))[today];
        var held = now.Options.Where(o => o.Status?.IsHeld == true).ToList();
        var dates = new List<PartnerStanding> { now };
        dates.AddRange((await standings.EvaluateAsync(record,
            held.Select(o => o.Status!.Anniversary!.Effective).Where(d => d > today), cancellationToken, recordedThrough: today)).Values);

        var lost = new Dictionary<int, IReadOnlyList<LostRequirement>>();
        // Only a counted trainer's leaving can cost anything (R-MCT-1: a claim awaiting verification counts for nothing yet).
        foreach (var trainer in record.Trainers.Where(t => t.RetiredOn is null && t.IsVerified))
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

        return (record.Trainers, lost, now.PendingClaims());
    }

    /// <summary>R-MCT-1: a partner admin's claim of a trainer, with its transcript link and/or PDF, awaiting verification.</summary>
    public async Task<Result> AddAsync(PartnerContext partner, TrainerClaim claim, CancellationToken cancellationToken)
    {
        var organisationId = partner.OrganisationId;
        var mctId = claim.MctId.Trim();
        if (await db.Trainers.AnyAsync(t => t.PartnerOrganisationId == organisationId && t.MctId == mctId, cancellationToken))
        {
            return Refusal.OnField(MctIdField, RefusalCode.MctIdAlreadyListed);
        }

        var (document, refusal) = await TranscriptDocuments.StoreAsync(store, claim.EvidenceDocument, EvidenceDocumentField, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var trainer = new Trainer(organisationId, claim.Name, mctId, claim.ValidUntil,
            FactReview.Claim(clock.Now, claim.ClaimedBy, claim.EvidenceLink, document), claim.Email);
        try
        {
            await db.InTransactionAsync(async ct =>
            {
                db.Trainers.Add(trainer);
                await db.SaveChangesAsync(ct);
                audit.Record(AuditAction.TrainerAdded, AuditSubject.Of(trainer), null, TrainerValues.Of(trainer));
                return await db.SaveChangesAsync(ct);
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            Forget(document);
            return Refusal.OnField(MctIdField, RefusalCode.MctIdAlreadyListed);
        }

        return Result.Done();
    }

    /// <summary>The transcript PDF of one of the partner's trainers (R-MCT-1); null when it has none or is another's.</summary>
    public Task<StoredDocument?> OpenEvidenceAsync(PartnerContext partner, int trainerId, CancellationToken cancellationToken) =>
        TranscriptDocuments.OpenTrainerAsync(db, store, partner.OrganisationId, trainerId, cancellationToken);

    /// <summary>A current trainer of the partner, for its edit form; null when there is none with this id.</summary>
    public Task<TrainerDetails?> GetAsync(PartnerContext partner, int trainerId, CancellationToken cancellationToken) =>
        db.Trainers.AsNoTracking()
            .Where(t => t.PartnerOrganisationId == partner.OrganisationId && t.Id == trainerId && t.RetiredOn == null)
            .Select(t => new TrainerDetails(t.Name, t.MctId, t.ValidUntil, t.Email, t.Version))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Changes a current trainer of the partner, unless someone changed it since <paramref name="changed"/>'s version was read.</summary>
    /// <remarks>
    /// R-MCT-1: a changed MCT id or membership date of a verified trainer is a new claim (the old version is in the audit trail), and
    /// so is a new transcript PDF (<paramref name="newEvidenceDocument"/>); the old document stays stored, as the old version's evidence.
    /// </remarks>
    public async Task<Result> ChangeAsync(PartnerContext partner, int trainerId, TrainerDetails changed, UploadedFile? newEvidenceDocument,
        string changedBy, CancellationToken cancellationToken)
    {
        var organisationId = partner.OrganisationId;
        var trainer = await db.Trainers.FirstOrDefaultAsync(t => t.PartnerOrganisationId == organisationId && t.Id == trainerId && t.RetiredOn == null,
            cancellationToken);
        if (trainer is null)
        {
            return Result.NotFound();
        }

        var mctId = changed.MctId.Trim();
        if (await db.Trainers.AnyAsync(t => t.PartnerOrganisationId == organisationId && t.MctId == mctId && t.Id != trainerId, cancellationToken))
        {
            return Refusal.OnField(MctIdField, RefusalCode.MctIdAlreadyListed);
        }

        var (document, refusal) = await TranscriptDocuments.StoreAsync(store, newEvidenceDocument, EvidenceDocumentField, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var before = TrainerValues.Of(trainer);
        db.Entry(trainer).Property(t => t.Version).OriginalValue = changed.Version;
        trainer.Change(changed.Name, mctId, changed.ValidUntil, changed.Email, clock.Now, changedBy, document);
        audit.Record(AuditAction.TrainerChanged, AuditSubject.Of(trainer), before, TrainerValues.Of(trainer));
        var result = await SaveAsync(cancellationToken);
        if (!result.IsDone)
        {
            Forget(document);
        }

        return result;
    }

    /// <summary>R-MCT-2: the trainer left from <paramref name="leftOn"/>; the row stays for the record, and counts until the day before.</summary>
    public async Task<Result> RetireAsync(PartnerContext partner, int trainerId, DateOnly leftOn, CancellationToken cancellationToken)
    {
        var trainer = await db.Trainers.FirstOrDefaultAsync(t => t.PartnerOrganisationId == partner.OrganisationId && t.Id == trainerId,
            cancellationToken);
        if (trainer is null)
        {
            return Result.NotFound();
        }

        var before = TrainerValues.Of(trainer);
        trainer.Retire(leftOn);
        audit.Record(AuditAction.TrainerRetired, AuditSubject.Of(trainer), before, TrainerValues.Of(trainer));
        return await SaveAsync(cancellationToken);
    }

    /// <summary>A stored transcript whose claim was not saved is removed again, so no file is kept for nothing.</summary>
    private void Forget(string? document)
    {
        if (document is not null)
        {
            store.Delete(document);
        }
    }

    private async Task<Result> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Done();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Refusal.Of(RefusalCode.TrainerChangedMeanwhile);
        }
    }

    /// <summary>A trainer as the audit trail records it, before → after.</summary>
    internal sealed record TrainerValues(string Name, string MctId, string? Email, DateOnly ValidUntil, DateOnly? RetiredOn, FactStatus Status,
        string? EvidenceLink, string? EvidenceDocument, DateTimeOffset? VerifiedAt, string? VerifiedBy, string? VerificationNote,
        string? RejectionReason)
    {
        public static TrainerValues Of(Trainer t) => new(t.Name, t.MctId, t.Email, t.ValidUntil, t.RetiredOn, t.Review.Status,
            t.Review.EvidenceLink, t.Review.EvidenceDocument, t.Review.VerifiedAt, t.Review.VerifiedBy, t.Review.VerificationNote,
            t.Review.RejectionReason);
    }
}
