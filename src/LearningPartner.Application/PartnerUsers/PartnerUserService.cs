using LearningPartner.Application.Common;
using LearningPartner.Application.Sessions;
using LearningPartner.Domain.Partners;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.PartnerUsers;

/// <summary>
/// Support staff link and unlink people (memberships, ADR-012), always with a reason — e.g. when a company lost its last
/// partner admin. The organisations' own admins run their membership day to day (R-ORG-2).
/// </summary>
public sealed class PartnerUserService(PortalDbContext db, AuditLog audit, ProgramClock clock, SignInSessionService sessions)
{
    public async Task<PartnerUserTable> ListAsync(CancellationToken cancellationToken)
    {
        var users = await db.PartnerUsers.AsNoTracking()
            .OrderBy(u => u.PartnerOrganisation!.Name).ThenBy(u => u.DisplayName)
            .Select(u => new PartnerUserRow(u.Id, u.TenantId, u.ObjectId, u.DisplayName, u.Email, u.PartnerOrganisation!.PartnerId,
                u.PartnerOrganisation.Name, u.Role, u.LinkedAt, u.DeactivatedAt))
            .ToListAsync(cancellationToken);
        var partners = await db.PartnerOrganisations.AsNoTracking()
            .OrderBy(o => o.Name)
            .Select(o => new PartnerOption(o.PartnerId, o.Name))
            .ToListAsync(cancellationToken);
        return new PartnerUserTable(users, partners);
    }

    public async Task<Result> LinkAsync(NewPartnerUser link, CancellationToken cancellationToken)
    {
        var organisation = await db.PartnerOrganisations.FirstOrDefaultAsync(o => o.PartnerId == link.PartnerId, cancellationToken);
        if (organisation is null)
        {
            return Refusal.OnField(nameof(NewPartnerUser.PartnerId), RefusalCode.NoSuchPartner);
        }

        var tenantId = link.TenantId.Trim().ToLowerInvariant();
        var objectId = link.ObjectId.Trim().ToLowerInvariant();
        if (await db.PartnerUsers.AnyAsync(u => u.TenantId == tenantId && u.ObjectId == objectId && u.PartnerOrganisationId == organisation.Id, cancellationToken))
        {
            return Refusal.OnField(nameof(NewPartnerUser.ObjectId), RefusalCode.UserAlreadyLinked);
        }

        var user = new PartnerUser(tenantId, objectId, link.DisplayName, link.Email, organisation.Id, link.Role, clock.Now);
        try
        {
            await db.InTransactionAsync(async ct =>
            {
                db.PartnerUsers.Add(user);
                await db.SaveChangesAsync(ct);
                audit.Record(AuditAction.PartnerUserLinked, AuditSubject.Of(user), null, LinkValues.Of(user, organisation.PartnerId), link.Reason.Trim());
                await db.SaveChangesAsync(ct);
                return true;
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two staff linking the same person at once: the unique index on (tenant, object id, organisation) decides.
            db.ChangeTracker.Clear();
            return Refusal.OnField(nameof(NewPartnerUser.ObjectId), RefusalCode.UserAlreadyLinked);
        }

        return Result.Done();
    }

    /// <summary>
    /// Removes the link; the user loses the organisation's data at their next request, and their open sessions end with the
    /// removal, in the same save (issue 20: a deactivated user's sessions end).
    /// </summary>
    public async Task<Result> UnlinkAsync(int id, string reason, CancellationToken cancellationToken)
    {
        var user = await db.PartnerUsers.Include(u => u.PartnerOrganisation).FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return Result.NotFound();
        }

        db.PartnerUsers.Remove(user);
        await sessions.EndAllForDeactivatedAsync(user.ObjectId, cancellationToken);
        audit.Record(AuditAction.PartnerUserUnlinked, AuditSubject.Of(user), LinkValues.Of(user, user.PartnerOrganisation!.PartnerId), null, reason.Trim());
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done();
    }

    /// <summary>A link as the audit trail records it.</summary>
    private sealed record LinkValues(string TenantId, string ObjectId, string DisplayName, string Email, string PartnerId, string? Role)
    {
        public static LinkValues Of(PartnerUser user, string partnerId) =>
            new(user.TenantId, user.ObjectId, user.DisplayName, user.Email, partnerId, user.Role);
    }
}
