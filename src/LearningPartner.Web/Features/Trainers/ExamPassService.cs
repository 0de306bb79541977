using System.Globalization;
using LearningPartner.Domain.Trainers;
using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Web.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Web.Features.Trainers;

/// <summary>Partner admins record and remove exam passes (R-CMP-1); every change is audited.</summary>
public sealed class ExamPassService(PortalDbContext db, AuditTrail audit)
{
    public async Task<ExamPassesViewModel?> GetPageAsync(string partnerId, ExamPassInput newExamPass, CancellationToken cancellationToken)
    {
        var organisation = await db.PartnerOrganisations.AsNoTracking().FirstOrDefaultAsync(o => o.PartnerId == partnerId, cancellationToken);
        if (organisation is null)
        {
            return null;
        }

        var passes = await db.ExamPasses.AsNoTracking()
            .Where(e => e.PartnerOrganisationId == organisation.Id)
            .OrderByDescending(e => e.PassedOn).ThenBy(e => e.ExamCode)
            .Select(e => new ExamPassRowModel(e.Id, e.ExamCode, e.PersonName, e.PassedOn))
            .ToListAsync(cancellationToken);
        return new ExamPassesViewModel(partnerId, organisation.Name, passes, newExamPass);
    }

    public async Task AddAsync(int organisationId, ExamPassInput input, CancellationToken cancellationToken)
    {
        var pass = new ExamPass(organisationId, input.ExamCode!, input.PersonName!, DateInput.Parse(input.PassedOn!));
        await db.InTransactionAsync(async ct =>
        {
            db.ExamPasses.Add(pass);
            await db.SaveChangesAsync(ct);
            audit.Record("ExamPassAdded", nameof(ExamPass), pass.Id.ToString(CultureInfo.InvariantCulture), organisationId, null,
                new { pass.ExamCode, pass.PersonName, pass.PassedOn });
            return await db.SaveChangesAsync(ct);
        }, cancellationToken);
    }

    public async Task<bool> RemoveAsync(int organisationId, int examPassId, CancellationToken cancellationToken)
    {
        var pass = await db.ExamPasses.FirstOrDefaultAsync(e => e.PartnerOrganisationId == organisationId && e.Id == examPassId, cancellationToken);
        if (pass is null)
        {
            return false;
        }

        db.ExamPasses.Remove(pass);
        audit.Record("ExamPassRemoved", nameof(ExamPass), pass.Id.ToString(CultureInfo.InvariantCulture), organisationId,
            new { pass.ExamCode, pass.PersonName, pass.PassedOn }, null);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
