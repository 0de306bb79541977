using LearningPartner.Application.Common;
using LearningPartner.Application.ExamPasses;
using LearningPartner.Application.Trainers;
using LearningPartner.Domain.Eligibility;
using LearningPartner.Domain.Kpis;
using LearningPartner.Domain.Notifications;
using LearningPartner.Domain.Trainers;
using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Kpis;
using LearningPartner.Infrastructure.Notifications;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.Infrastructure.Storage;
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
    DocumentStore store,
    KpiQueries kpis,
    RuleSetCatalogProvider catalogs,
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
            .Select(t => new
            {
                t.Id,
                t.PartnerOrganisationId,
                t.Version,
                t.Name,
                t.Email,
                t.MctId,
                t.ValidUntil,
                t.Review.EvidenceLink,
                HasDocument = t.Review.EvidenceDocument != null,
                t.Review.ClaimedAt,
                t.Review.ClaimedBy
            })
            .ToListAsync(cancellationToken);
        var exams = await db.ExamPasses.AsNoTracking()
            .Where(e => e.Review.VerifiedAt == null && e.Review.RejectedAt == null)
            .OrderBy(e => e.Review.ClaimedAt).ThenBy(e => e.Id).Take(QueueSize)
            .Select(e => new
            {
                e.Id,
                e.PartnerOrganisationId,
                e.Version,
                e.PersonName,
                e.ExamCode,
                e.PassedOn,
                e.Review.EvidenceLink,
                HasDocument = e.Review.EvidenceDocument != null,
                e.Review.ClaimedAt,
                e.Review.ClaimedBy
            })
            .ToListAsync(cancellationToken);

        var organisationIds = trainers.Select(t => t.PartnerOrganisationId).Concat(exams.Select(e => e.PartnerOrganisationId)).Distinct().ToList();
        var partners = await db.PartnerOrganisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id))
            .Select(o => new PartnerContext(o.Id, o.PartnerId, o.Name, o.CountryCode, o.BillingCurrency))
            .ToListAsync(cancellationToken);
        var conflicts = await ConflictsAsync([.. trainers.Select(t => t.MctId)], cancellationToken);
        var ruleSet = catalogs.Catalog.Find(today);
        var facts = ruleSet is null ? new Dictionary<int, PartnerFacts>() : await FactsTodayAsync(partners, today, cancellationToken);

        var items = new List<ClaimQueueItem>();
        foreach (var partner in partners)
        {
            // Each claim re-runs the rules on the partner's facts today as if the claim were verified (no rule set: no impact).
            var partnerFacts = facts.GetValueOrDefault(partner.OrganisationId);
            IReadOnlyList<MetOption> Meets(Func<PartnerFacts, IReadOnlyList<MetOption>> impact) =>
                ruleSet is null || partnerFacts is null ? [] : impact(partnerFacts);

            items.AddRange(trainers.Where(t => t.PartnerOrganisationId == partner.OrganisationId).Select(t => new ClaimQueueItem(
                ClaimKind.Trainer, t.Id, t.Version, partner.PartnerId, partner.Name, t.Name, t.Email, t.MctId, t.ValidUntil, t.EvidenceLink,
                t.HasDocument, t.ClaimedAt, t.ClaimedBy,
                Meets(f => ClaimImpact.OfVerifying(ruleSet!, today, f, f.Trainers.First(x => x.Id == t.Id))),
                [.. conflicts.Where(c => string.Equals(c.MctId, t.MctId, StringComparison.OrdinalIgnoreCase) && c.OrganisationId != partner.OrganisationId)
                    .Select(c => new ClaimConflict(c.PartnerId, c.PartnerName, c.Status))])));
            items.AddRange(exams.Where(e => e.PartnerOrganisationId == partner.OrganisationId).Select(e => new ClaimQueueItem(
                ClaimKind.ExamPass, e.Id, e.Version, partner.PartnerId, partner.Name, e.PersonName, null, e.ExamCode, e.PassedOn, e.EvidenceLink,
                e.HasDocument, e.ClaimedAt, e.ClaimedBy,
                Meets(f => ClaimImpact.OfVerifying(ruleSet!, today, f, f.ExamPasses.First(x => x.Id == e.Id))),
                [])));
        }

        // Impact first (a claim that completes a requirement), then the order they came in.
        return new ClaimQueue(today, [.. items.OrderBy(i => i.WouldMeet.Count == 0).ThenBy(i => i.ClaimedAt).ThenBy(i => i.Kind).ThenBy(i => i.Id)]);
    }

    /// <summary>R-MCT-1: the transcript PDF of any partner's trainer claim, for staff checking it; null when it has none.</summary>
    public Task<StoredDocument?> OpenTrainerEvidenceAsync(int trainerId, CancellationToken cancellationToken) =>
        TranscriptDocuments.OpenTrainerAsync(db, store, null, trainerId, cancellationToken);

    /// <summary>R-MCT-1: the transcript or certificate PDF of any partner's exam claim; null when it has none.</summary>
    public Task<StoredDocument?> OpenExamPassEvidenceAsync(int examPassId, CancellationToken cancellationToken) =>
        TranscriptDocuments.OpenExamPassAsync(db, store, null, examPassId, cancellationToken);

    public Task<Result> VerifyTrainerAsync(int trainerId, Guid version, string note, CancellationToken cancellationToken) =>
        DecideAsync(Trainers, trainerId, version, verify: true, note, cancellationToken);

    public Task<Result> RejectTrainerAsync(int trainerId, Guid version, string reason, CancellationToken cancellationToken) =>
        DecideAsync(Trainers, trainerId, version, verify: false, reason, cancellationToken);

    public Task<Result> VerifyExamPassAsync(int examPassId, Guid version, string note, CancellationToken cancellationToken) =>
        DecideAsync(ExamPasses, examPassId, version, verify: true, note, cancellationToken);

    public Task<Result> RejectExamPassAsync(int examPassId, Guid version, string reason, CancellationToken cancellationToken) =>
        DecideAsync(ExamPasses, examPassId, version, verify: false, reason, cancellationToken);

    /// <summary>What differs between deciding on a trainer and on an exam pass: audit, wording and the partner's page.</summary>
    private sealed record FactKind<T>(AuditAction Verified, AuditAction Rejected, Func<T, AuditSubject> Subject, Func<T, object> Values,
        Func<T, string, ClaimRejectedFacts> Rejection, Func<IPortalLinks, string, string> Page);

    private static readonly FactKind<Trainer> Trainers = new(AuditAction.TrainerVerified, AuditAction.TrainerRejected, AuditSubject.Of,
        TrainerService.TrainerValues.Of, (t, reason) => new ClaimRejectedFacts(ClaimedFactKind.Trainer, t.MctId, t.Name, reason),
        (l, partnerId) => l.Trainers(partnerId));

    private static readonly FactKind<ExamPass> ExamPasses = new(AuditAction.ExamPassVerified, AuditAction.ExamPassRejected, AuditSubject.Of,
        ExamPassService.ExamPassValues.Of, (e, reason) => new ClaimRejectedFacts(ClaimedFactKind.ExamPass, e.ExamCode, e.PersonName, reason),
        (l, partnerId) => l.ExamPasses(partnerId));

    /// <summary>
    /// Verifies (with <paramref name="text"/> as what was checked) or rejects (with it as the reason) a claim still awaiting
    /// verification and unchanged since the queue showed <paramref name="version"/>; a rejection leaves the partner a notice.
    /// </summary>
    private async Task<Result> DecideAsync<T>(FactKind<T> kind, int id, Guid version, bool verify, string text, CancellationToken cancellationToken)
        where T : class, IClaimedFact
    {
        var fact = await db.Set<T>().FindAsync([id], cancellationToken);
        if (fact is null)
        {
            return Result.NotFound();
        }

        if (fact.Review.Status != FactStatus.AwaitingVerification || fact.Version != version)
        {
            return Refusal.Of(RefusalCode.ClaimReviewedMeanwhile);
        }

        db.Entry(fact).Property(f => f.Version).OriginalValue = version;
        var before = kind.Values(fact);
        if (verify)
        {
            fact.Verify(clock.Now, actor.Describe(), text);
        }
        else
        {
            fact.Reject(clock.Now, actor.Describe(), text);
        }

        audit.Record(verify ? kind.Verified : kind.Rejected, kind.Subject(fact), before, kind.Values(fact), verify ? null : text);
        return await SaveAsync(fact.PartnerOrganisationId, verify ? null : kind.Rejection(fact, text), kind.Page, cancellationToken);
    }

    /// <summary>Saves the decision; a rejection also leaves the partner a notice with the reason (R-MCT-1), in the same transaction.</summary>
    private async Task<Result> SaveAsync(int organisationId, ClaimRejectedFacts? rejection, Func<IPortalLinks, string, string> page,
        CancellationToken cancellationToken)
    {
        try
        {
            if (rejection is not null)
            {
                var partnerId = await notifier.PartnerIdAsync(organisationId, cancellationToken);
                await notifier.NotifyActiveMembersAsync(organisationId, NoticeKind.ClaimRejected, rejection.ToJson(), page(links, partnerId),
                    cancellationToken);
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

    /// <summary>
    /// Every queued partner's facts today, as the requirements pages evaluate them (R-CMP-1), read for all of them at once: their
    /// trainers, their exam passes and their eligibility-window KPI totals — three queries, whatever the number of partners.
    /// </summary>
    private async Task<Dictionary<int, PartnerFacts>> FactsTodayAsync(IReadOnlyList<PartnerContext> partners, DateOnly today,
        CancellationToken cancellationToken)
    {
        var ids = partners.Select(p => p.OrganisationId).ToList();
        var trainers = (await db.Trainers.AsNoTracking().Where(t => ids.Contains(t.PartnerOrganisationId)).ToListAsync(cancellationToken))
            .ToLookup(t => t.PartnerOrganisationId);
        var exams = (await db.ExamPasses.AsNoTracking().Where(e => ids.Contains(e.PartnerOrganisationId)).ToListAsync(cancellationToken))
            .ToLookup(e => e.PartnerOrganisationId);
        var totals = await kpis.WindowTotalsAsync([.. partners.Select(p => p.PartnerId)], KpiWindows.EligibilityWindow(today), cancellationToken);
        return partners.ToDictionary(p => p.OrganisationId, p => new PartnerFacts(p.CountryCode, [.. trainers[p.OrganisationId]],
            [.. exams[p.OrganisationId]], totals[p.PartnerId]));
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
        return await db.Trainers.AsNoTracking()
            .Where(t => upper.Contains(t.MctId.ToUpper()) && t.Review.RejectedAt == null && t.RetiredOn == null)
            .Join(db.PartnerOrganisations, t => t.PartnerOrganisationId, o => o.Id,
                (t, o) => new Conflict(t.MctId, o.Id, o.PartnerId, o.Name, FactReview.StatusOf(t.Review.VerifiedAt, t.Review.RejectedAt)))
            .ToListAsync(cancellationToken);
    }
}
