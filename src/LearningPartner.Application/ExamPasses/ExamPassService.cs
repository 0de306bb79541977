using LearningPartner.Application.Common;
using LearningPartner.Application.Standing;
using LearningPartner.Application.Trainers;
using LearningPartner.Domain.Trainers;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Storage;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.ExamPasses;

/// <summary>
/// Partner admins claim and remove exam passes (R-CMP-1); a claim counts once verified (R-MCT-1). Every change is audited.
/// </summary>
public sealed class ExamPassService(PortalDbContext db, DocumentStore store, AuditLog audit, ProgramClock clock, PartnerStandingService standings)
{
    /// <summary>The input field a transcript or certificate PDF is uploaded in (R-MCT-1).</summary>
    public const string EvidenceDocumentField = nameof(ExamPassClaim.EvidenceDocument);

    public async Task<PartnerExamPasses> ListAsync(PartnerContext partner, CancellationToken cancellationToken) =>
        new(partner, clock.Today, await db.ExamPasses.AsNoTracking()
            .Where(e => e.PartnerOrganisationId == partner.OrganisationId)
            .OrderByDescending(e => e.PassedOn).ThenBy(e => e.ExamCode)
            .Select(e => new ExamPassRow(e.Id, e.ExamCode, e.PersonName, e.PassedOn, FactReview.StatusOf(e.Review.VerifiedAt, e.Review.RejectedAt),
                e.Review.EvidenceLink, e.Review.EvidenceDocument != null, e.Review.RejectionReason))
            .ToListAsync(cancellationToken),
            [.. (await standings.GetAsync(partner, clock.Today, cancellationToken)).PendingClaims().Where(c => c.Fact is ExamPass)]);

    /// <summary>R-MCT-1: a partner admin's claim of an exam pass, with its link and/or PDF as evidence, awaiting verification.</summary>
    public async Task<Result> AddAsync(PartnerContext partner, ExamPassClaim claim, CancellationToken cancellationToken)
    {
        var (document, refusal) = await TranscriptDocuments.StoreAsync(store, claim.EvidenceDocument, EvidenceDocumentField, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var pass = new ExamPass(partner.OrganisationId, claim.ExamCode, claim.PersonName, claim.PassedOn,
            FactReview.Claim(clock.Now, claim.ClaimedBy, claim.EvidenceLink, document));
        await db.InTransactionAsync(async ct =>
        {
            db.ExamPasses.Add(pass);
            await db.SaveChangesAsync(ct);
            audit.Record(AuditAction.ExamPassAdded, AuditSubject.Of(pass), null, ExamPassValues.Of(pass));
            return await db.SaveChangesAsync(ct);
        }, cancellationToken);
        return Result.Done();
    }

    /// <summary>The transcript PDF of one of the partner's exam passes (R-MCT-1); null when it has none or is another's.</summary>
    public Task<StoredDocument?> OpenEvidenceAsync(PartnerContext partner, int examPassId, CancellationToken cancellationToken) =>
        TranscriptDocuments.OpenExamPassAsync(db, store, partner.OrganisationId, examPassId, cancellationToken);

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
        string? EvidenceDocument, DateTimeOffset? VerifiedAt, string? VerifiedBy, string? VerificationNote, string? RejectionReason)
    {
        public static ExamPassValues Of(ExamPass pass) => new(pass.ExamCode, pass.PersonName, pass.PassedOn, pass.Review.Status,
            pass.Review.EvidenceLink, pass.Review.EvidenceDocument, pass.Review.VerifiedAt, pass.Review.VerifiedBy, pass.Review.VerificationNote,
            pass.Review.RejectionReason);
    }
}
