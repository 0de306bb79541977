using LearningPartner.Application.Common;
using LearningPartner.Application.Sessions;
using LearningPartner.Domain.Partners;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.PartnerUsers;

/// <summary>Support staff manage the user-to-partner table (which organisation an Entra user acts for, ADR-002).</summary>
public sealed class PartnerUserService(PortalDbContext db, AuditLog audit, ProgramClock clock, SignInSessionService sessions)
{
    public async Task<PartnerUserTable> ListAsync(CancellationToken cancellationToken)
    {
        var users = await db.PartnerUsers.AsNoTracking()
            .OrderBy(u => u.PartnerOrganisation!.Name).ThenBy(u => u.DisplayName)
            .Select(u => new PartnerUserRow(u.Id, u.ObjectId, u.DisplayName, u.Email, u.PartnerOrganisation!.PartnerId,
                u.PartnerOrganisation.Name, u.LinkedAt))
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

        var objectId = link.ObjectId.Trim().ToLowerInvariant();
        if (await db.PartnerUsers.AnyAsync(u => u.ObjectId == objectId, cancellationToken))
        {
            return Refusal.OnField(nameof(NewPartnerUser.ObjectId), RefusalCode.UserAlreadyLinked);
        }

        var user = new PartnerUser(objectId, link.DisplayName, link.Email, organisation.Id, clock.Now);
        try
        {
            await db.InTransactionAsync(async ct =>
            {
                db.PartnerUsers.Add(user);
                await db.SaveChangesAsync(ct);
                audit.Record(AuditAction.PartnerUserLinked, AuditSubject.Of(user), null, LinkValues.Of(user, organisation.PartnerId));
                await db.SaveChangesAsync(ct);
                return true;
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two staff linking the same user at once: the unique index on the object id decides.
            db.ChangeTracker.Clear();
            return Refusal.OnField(nameof(NewPartnerUser.ObjectId), RefusalCode.UserAlreadyLinked);
        }

        return Result.Done();
    }

    /// <summary>
    /// Removes the link; the user loses the organisation's data at their next request, and their open sessions end with the
    /// removal, in the same save (issue 20: a deactivated user's sessions end).
    /// </summary>
    public async Task<Result> UnlinkAsync(int id, CancellationToken cancellationToken)
    {
        var user = await db.PartnerUsers.Include(u => u.PartnerOrganisation).FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return Result.NotFound();
        }

        db.PartnerUsers.Remove(user);
        await sessions.EndAllForDeactivatedAsync(user.ObjectId, cancellationToken);
        audit.Record(AuditAction.PartnerUserUnlinked, AuditSubject.Of(user), LinkValues.Of(user, user.PartnerOrganisation!.PartnerId), null);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Done();
    }

    /// <summary>A link as the audit trail records it.</summary>
    private sealed record LinkValues(string ObjectId, string DisplayName, string Email, string PartnerId)
    {
        public static LinkValues Of(PartnerUser user, string partnerId) => new(user.ObjectId, user.DisplayName, user.Email, partnerId);
    }
}
