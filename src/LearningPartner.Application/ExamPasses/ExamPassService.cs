using LearningPartner.Application.Common;
using LearningPartner.Domain.Trainers;
using LearningPartner.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.ExamPasses;

/// <summary>Partner admins record and remove exam passes (R-CMP-1); every change is audited.</summary>
public sealed class ExamPassService(PortalDbContext db, AuditLog audit)
{
    public async Task<PartnerExamPasses> ListAsync(PartnerContext partner, CancellationToken cancellationToken) =>
        new(partner, await db.ExamPasses.AsNoTracking()
            .Where(e => e.PartnerOrganisationId == partner.OrganisationId)
            .OrderByDescending(e => e.PassedOn).ThenBy(e => e.ExamCode)
            .Select(e => new ExamPassRow(e.Id, e.ExamCode, e.PersonName, e.PassedOn))
            .ToListAsync(cancellationToken));

    public async Task<Result> AddAsync(PartnerContext partner, string examCode, string personName, DateOnly passedOn,
        CancellationToken cancellationToken)
    {
        var pass = new ExamPass(partner.OrganisationId, examCode, personName, passedOn);
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
    private sealed record ExamPassValues(string ExamCode, string PersonName, DateOnly PassedOn)
    {
        public static ExamPassValues Of(ExamPass pass) => new(pass.ExamCode, pass.PersonName, pass.PassedOn);
    }
}
