using LearningPartner.Application.Common;
using LearningPartner.Application.ExamPasses;
using LearningPartner.Application.Standing;
using LearningPartner.Application.Trainers;
using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Trainers;
using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Notifications;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.ClaimReview;

/// <summary>
/// R-MCT-1: support staff verify partners' trainer and exam claims (recording what they checked) or reject them (with the reason
/// the partner reads). The queue puts first the claims whose verification would complete a requirement, worked out by re-running
/// the real eligibility rules, and shows the same MCT id at other organisations beside each claim. A stale decision is refused.
/// </summary>
public sealed class ClaimReviewService(
    PortalDbContext db,
    PartnerStandingService standings,
    AuditLog audit,
    ICurrentActor actor,
    PartnerNotifier notifier,
    IPortalLinks links,
    ProgramClock clock)
{
    private const int QueueSize = 200;

    public async Task<ClaimQueue> QueueAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var trainers = await db.Trainers.AsNoTracking()
            .Where(t => t.Review.VerifiedAt == null && t.Review.RejectedAt == null)
            .OrderBy(t => t.Review.ClaimedAt).ThenBy(t => t.Id).Take(QueueSize)
            .Select(t => new { t.Id, t.PartnerOrganisationId, t.Version, t.Name, t.Email, t.MctId, t.ValidUntil, t.Review.EvidenceLink, t.Review.ClaimedAt, t.Review.ClaimedBy })
            .ToListAsync(cancellationToken);
        var exams = await db.ExamPasses.AsNoTracking()
            .Where(e => e.Review.VerifiedAt == null && e.Review.RejectedAt == null)
            .OrderBy(e => e.Review.ClaimedAt).ThenBy(e => e.Id).Take(QueueSize)
            .Select(e => new { e.Id, e.PartnerOrganisationId, e.Version, e.PersonName, e.ExamCode, e.PassedOn, e.Review.EvidenceLink, e.Review.ClaimedAt, e.Review.ClaimedBy })
            .ToListAsync(cancellationToken);

        var organisationIds = trainers.Select(t => t.PartnerOrganisationId).Concat(exams.Select(e => e.PartnerOrganisationId)).Distinct().ToList();
        var partners = await db.PartnerOrganisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id))
            .Select(o => new PartnerContext(o.Id, o.PartnerId, o.Name, o.CountryCode, o.BillingCurrency))
            .ToDictionaryAsync(p => p.OrganisationId, cancellationToken);
        var conflicts = await ConflictsAsync([.. trainers.Select(t => t.MctId)], cancellationToken);

        var items = new List<ClaimQueueItem>();
        foreach (var partner in partners.Values)
        {
            // The partner's facts today, as the requirements pages evaluate them; each claim re-runs the rules as if verified.
            var record = await standings.LoadAsync(partner, cancellationToken);
            var standing = (await standings.EvaluateAsync(record, [today], cancellationToken))[today];
            IReadOnlyList<MetOption> Meets(Func<PartnerFacts, IReadOnlyList<MetOption>> impact) =>
                standing.RuleSet is null || standing.Facts is null ? [] : impact(standing.Facts);

            items.AddRange(trainers.Where(t => t.PartnerOrganisationId == partner.OrganisationId).Select(t => new ClaimQueueItem(
                ClaimKind.Trainer, t.Id, t.Version, partner.PartnerId, partner.Name, t.Name, t.Email, t.MctId, t.ValidUntil, t.EvidenceLink,
                t.ClaimedAt, t.ClaimedBy,
                Meets(facts => ClaimImpact.OfVerifying(standing.RuleSet!, today, facts, facts.Trainers.First(x => x.Id == t.Id))),
                [.. conflicts.Where(c => string.Equals(c.MctId, t.MctId, StringComparison.OrdinalIgnoreCase) && c.OrganisationId != partner.OrganisationId)
                    .Select(c => new ClaimConflict(c.PartnerId, c.PartnerName, c.Status))])));
            items.AddRange(exams.Where(e => e.PartnerOrganisationId == partner.OrganisationId).Select(e => new ClaimQueueItem(
                ClaimKind.ExamPass, e.Id, e.Version, partner.PartnerId, partner.Name, e.PersonName, null, e.ExamCode, e.PassedOn, e.EvidenceLink,
                e.ClaimedAt, e.ClaimedBy,
                Meets(facts => ClaimImpact.OfVerifying(standing.RuleSet!, today, facts, facts.ExamPasses.First(x => x.Id == e.Id))),
                [])));
        }

        // Impact first (a claim that completes a requirement), then the order they came in.
        return new ClaimQueue(today, [.. items.OrderBy(i => i.WouldMeet.Count == 0).ThenBy(i => i.ClaimedAt).ThenBy(i => i.Kind).ThenBy(i => i.Id)]);
    }

    public Task<Result> VerifyTrainerAsync(int trainerId, Guid version, string note, CancellationToken cancellationToken) =>
        DecideTrainerAsync(trainerId, version, t => t.Verify(clock.Now, actor.Describe(), note), AuditAction.TrainerVerified, null, cancellationToken);

    public Task<Result> RejectTrainerAsync(int trainerId, Guid version, string reason, CancellationToken cancellationToken) =>
        DecideTrainerAsync(trainerId, version, t => t.Reject(clock.Now, actor.Describe(), reason), AuditAction.TrainerRejected, reason, cancellationToken);

    public Task<Result> VerifyExamPassAsync(int examPassId, Guid version, string note, CancellationToken cancellationToken) =>
        DecideExamPassAsync(examPassId, version, e => e.Verify(clock.Now, actor.Describe(), note), AuditAction.ExamPassVerified, null, cancellationToken);

    public Task<Result> RejectExamPassAsync(int examPassId, Guid version, string reason, CancellationToken cancellationToken) =>
        DecideExamPassAsync(examPassId, version, e => e.Reject(clock.Now, actor.Describe(), reason), AuditAction.ExamPassRejected, reason,
            cancellationToken);

    private async Task<Result> DecideTrainerAsync(int trainerId, Guid version, Action<Trainer> decide, AuditAction action, string? reason,
        CancellationToken cancellationToken)
    {
        var trainer = await db.Trainers.FirstOrDefaultAsync(t => t.Id == trainerId, cancellationToken);
        if (trainer is null)
        {
            return Result.NotFound();
        }

        if (trainer.Review.Status != FactStatus.AwaitingVerification || trainer.Version != version)
        {
            return Refusal.Of(RefusalCode.ClaimReviewedMeanwhile);
        }

        db.Entry(trainer).Property(t => t.Version).OriginalValue = version;
        var before = TrainerService.TrainerValues.Of(trainer);
        decide(trainer);
        audit.Record(action, AuditSubject.Of(trainer), before, TrainerService.TrainerValues.Of(trainer), reason);
        return await SaveAsync(trainer.PartnerOrganisationId, reason, $"MCT {trainer.MctId} ({trainer.Name})", l => l.Trainers, cancellationToken);
    }

    private async Task<Result> DecideExamPassAsync(int examPassId, Guid version, Action<ExamPass> decide, AuditAction action, string? reason,
        CancellationToken cancellationToken)
    {
        var pass = await db.ExamPasses.FirstOrDefaultAsync(e => e.Id == examPassId, cancellationToken);
        if (pass is null)
        {
            return Result.NotFound();
        }

        if (pass.Review.Status != FactStatus.AwaitingVerification || pass.Version != version)
        {
            return Refusal.Of(RefusalCode.ClaimReviewedMeanwhile);
        }

        db.Entry(pass).Property(e => e.Version).OriginalValue = version;
        var before = ExamPassService.ExamPassValues.Of(pass);
        decide(pass);
        audit.Record(action, AuditSubject.Of(pass), before, ExamPassService.ExamPassValues.Of(pass), reason);
        return await SaveAsync(pass.PartnerOrganisationId, reason, $"{pass.ExamCode} ({pass.PersonName})", l => l.ExamPasses, cancellationToken);
    }

    /// <summary>Saves the decision; a rejection also leaves the partner a notice with the reason (R-MCT-1), in the same transaction.</summary>
    private async Task<Result> SaveAsync(int organisationId, string? rejectionReason, string what, Func<IPortalLinks, Func<string, string>> page,
        CancellationToken cancellationToken)
    {
        try
        {
            if (rejectionReason is not null)
            {
                var partnerId = await db.PartnerOrganisations.Where(o => o.Id == organisationId).Select(o => o.PartnerId).FirstAsync(cancellationToken);
                await notifier.NotifyAsync(organisationId, $"Your claim of {what} was rejected",
                    $"The program's support staff rejected your claim of {what}: {rejectionReason}", page(links)(partnerId), cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            return Result.Done();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Refusal.Of(RefusalCode.ClaimReviewedMeanwhile);
        }
    }

    private sealed record Conflict(string MctId, int OrganisationId, string PartnerId, string PartnerName, FactStatus Status);

    /// <summary>Every trainer row (not rejected) with one of these MCT ids, at any organisation.</summary>
    private async Task<List<Conflict>> ConflictsAsync(IReadOnlyList<string> mctIds, CancellationToken cancellationToken)
    {
        if (mctIds.Count == 0)
        {
            return [];
        }

        var upper = mctIds.Select(m => m.ToUpperInvariant()).Distinct().ToList();
        var rows = await db.Trainers.AsNoTracking()
            .Where(t => upper.Contains(t.MctId.ToUpper()) && t.Review.RejectedAt == null && t.RetiredOn == null)
            .Join(db.PartnerOrganisations, t => t.PartnerOrganisationId, o => o.Id,
                (t, o) => new { t.MctId, o.Id, o.PartnerId, o.Name, Verified = t.Review.VerifiedAt != null })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new Conflict(r.MctId, r.Id, r.PartnerId, r.Name, r.Verified ? FactStatus.Verified : FactStatus.AwaitingVerification))];
    }
}
