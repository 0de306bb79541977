using LearningPartner.Application.Common;
using LearningPartner.Domain.Partners;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.People;

/// <summary>
/// R-ORG-2: an organisation's partner admins run its people — change their roles and deactivate them; the last active
/// partner admin stays (<see cref="LastPartnerAdmin"/>). A deactivated person loses the organisation at their next request.
/// </summary>
public sealed class PeopleService(PortalDbContext db, AuditLog audit, ProgramClock clock)
{
    public Task<List<PersonRow>> ListAsync(PartnerContext partner, CancellationToken cancellationToken) =>
        db.PartnerUsers.AsNoTracking()
            .Where(u => u.PartnerOrganisationId == partner.OrganisationId)
            .OrderBy(u => u.DeactivatedAt != null).ThenBy(u => u.DisplayName).ThenBy(u => u.Id)
            .Select(u => new PersonRow(u.Id, u.DisplayName, u.Email, u.Role, u.LinkedAt, u.DeactivatedAt))
            .ToListAsync(cancellationToken);

    public Task<Result> ChangeRoleAsync(PartnerContext partner, int personId, string role, CancellationToken cancellationToken) =>
        ChangeAsync(partner, personId, role, deactivate: false, cancellationToken);

    public Task<Result> DeactivateAsync(PartnerContext partner, int personId, CancellationToken cancellationToken) =>
        ChangeAsync(partner, personId, null, deactivate: true, cancellationToken);

    /// <summary>R-ORG-2: a deactivated person becomes active again with their role; the next request has the organisation again.</summary>
    public Task<Result> ReactivateAsync(PartnerContext partner, int personId, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async ct =>
        {
            var person = await db.PartnerUsers.FirstOrDefaultAsync(u => u.Id == personId && u.PartnerOrganisationId == partner.OrganisationId, ct);
            if (person is null)
            {
                return Result.NotFound();
            }

            if (!person.IsActive)
            {
                var before = new PersonValues(person.Role, person.DeactivatedAt);
                person.Reactivate();
                audit.Record(AuditAction.PartnerUserReactivated, AuditSubject.Of(person), before, new PersonValues(person.Role, person.DeactivatedAt));
                await db.SaveChangesAsync(ct);
            }

            return Result.Done();
        }, cancellationToken);

    private Task<Result> ChangeAsync(PartnerContext partner, int personId, string? role, bool deactivate, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async ct =>
        {
            // Two admins demoting each other at once must not leave none (R-ORG-2): every change first writes to all the
            // organisation's active admin rows, so on SQL Server a second change waits on their row locks until the first
            // commits and then decides on what it left. (SQLite's transactions begin IMMEDIATE: writers are serial anyway;
            // PeopleTests proves the outcome there, a first deployment on SQL Server should run it against the server.)
            await db.PartnerUsers
                .Where(u => u.PartnerOrganisationId == partner.OrganisationId && u.Role == PortalRoles.PartnerAdmin && u.DeactivatedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.Role, u => u.Role), ct);
            var person = await db.PartnerUsers.FirstOrDefaultAsync(u => u.Id == personId && u.PartnerOrganisationId == partner.OrganisationId, ct);
            if (person is null)
            {
                return Result.NotFound();
            }

            var members = await db.PartnerUsers.Where(u => u.PartnerOrganisationId == partner.OrganisationId)
                .Select(u => new LastPartnerAdmin.Member(u.Id, u.Role, u.DeactivatedAt == null))
                .ToListAsync(ct);
            if (!LastPartnerAdmin.Allows(members, person.Id, role, deactivate))
            {
                return Result.Refused(RefusalCode.LastPartnerAdmin);
            }

            var before = new PersonValues(person.Role, person.DeactivatedAt);
            if (deactivate)
            {
                person.Deactivate(clock.Now);
            }
            else
            {
                person.ChangeRole(role!);
            }

            var after = new PersonValues(person.Role, person.DeactivatedAt);
            if (before != after)
            {
                audit.Record(deactivate ? AuditAction.PartnerUserDeactivated : AuditAction.PartnerUserRoleChanged, AuditSubject.Of(person), before, after);
                await db.SaveChangesAsync(ct);
            }

            return Result.Done();
        }, cancellationToken);

    /// <summary>A person's role and deactivation as the audit trail records them.</summary>
    private sealed record PersonValues(string? Role, DateTimeOffset? DeactivatedAt);
}
