using LearningPartner.Application.Common;
using LearningPartner.Application.Standing;
using LearningPartner.Domain.Trainers;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.ExamPasses;

/// <summary>
/// Partner admins claim and remove exam passes (R-CMP-1); a claim counts once verified (R-MCT-1). Every change is audited.
/// </summary>
public sealed class ExamPassService(PortalDbContext db, AuditLog audit, ProgramClock clock, PartnerStandingService standings)
{
    public async Task<PartnerExamPasses> ListAsync(PartnerContext partner, CancellationToken cancellationToken) =>
        new(partner, clock.Today, await db.ExamPasses.AsNoTracking()
            .Where(e => e.PartnerOrganisationId == partner.OrganisationId)
            .OrderByDescending(e => e.PassedOn).ThenBy(e => e.ExamCode)
            .Select(e => new ExamPassRow(e.Id, e.ExamCode, e.PersonName, e.PassedOn, FactReview.StatusOf(e.Review.VerifiedAt, e.Review.RejectedAt),
                e.Review.EvidenceLink, e.Review.RejectionReason))
            .ToListAsync(cancellationToken),
            [.. (await standings.GetAsync(partner, clock.Today, cancellationToken)).PendingClaims().Where(c => c.Fact is ExamPass)]);

    /// <summary>R-MCT-1: a partner admin's claim of an exam pass, with its evidence, awaiting verification.</summary>
    public async Task<Result> AddAsync(PartnerContext partner, ExamPassClaim claim, CancellationToken cancellationToken)
    {
        var pass = new ExamPass(partner.OrganisationId, claim.ExamCode, claim.PersonName, claim.PassedOn,
            FactReview.Claim(clock.Now, claim.ClaimedBy, claim.EvidenceLink, null));
        await db.InTransactionAsync(async ct =>
        {
            db.ExamPasses.Add(pass);
            await db.SaveChangesAsync(ct);
            audit.Record(AuditAction.ExamPassAdded, AuditSubject.Of(pass), null, ExamPassValues.Of(pass));
            return await db.SaveChangesAsync(ct);
        }, cancellationToken);
        return Result.Done();
    }

    public async Task<Result> RemoveAsync(PartnerContext partner, int examPassId, CancellationToken cancellationToken)
    {
        var pass = await db.ExamPasses.FirstOrDefaultAsync(e => e.PartnerOrganisationId == partner.OrganisationId && e.Id == examPassId,
            cancellationToken);
        if (pass is null)
        {
            return Result.NotFound();
        }

        db.ExamPasses.Remove(pass);
        audit.Record(AuditAction.ExamPassRemoved, AuditSubject.Of(pass), ExamPassValues.Of(pass), null);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done();
    }

    /// <summary>An exam pass as the audit trail records it.</summary>
    internal sealed record ExamPassValues(string ExamCode, string PersonName, DateOnly PassedOn, FactStatus Status, string? EvidenceLink,
        DateTimeOffset? VerifiedAt, string? VerifiedBy, string? VerificationNote, string? RejectionReason)
    {
        public static ExamPassValues Of(ExamPass pass) => new(pass.ExamCode, pass.PersonName, pass.PassedOn, pass.Review.Status,
            pass.Review.EvidenceLink, pass.Review.VerifiedAt, pass.Review.VerifiedBy, pass.Review.VerificationNote, pass.Review.RejectionReason);
    }
}
