using LearningPartner.Domain.Partners;
using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Time;
using LearningPartner.Web.Features.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.PartnerUsers;

/// <summary>Support staff manage the user-to-partner table (which organisation an Entra user acts for).</summary>
public sealed class PartnerUserService(
    PortalDbContext db,
    AuditTrail audit,
    ProgramClock clock,
    IStringLocalizer<SharedResource> localizer)
{
    public async Task<PartnerUsersViewModel> GetPageAsync(LinkPartnerUserInput newLink, CancellationToken cancellationToken)
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
        return new PartnerUsersViewModel(users, partners, newLink);
    }

    public async Task<FormOutcome> LinkAsync(LinkPartnerUserInput input, CancellationToken cancellationToken)
    {
        var organisation = await db.PartnerOrganisations.FirstOrDefaultAsync(o => o.PartnerId == input.PartnerId, cancellationToken);
        if (organisation is null)
        {
            return FormOutcome.Field(nameof(input.PartnerId), localizer["There is no partner organisation with this partner id."]);
        }

        var objectId = input.ObjectId!.Trim().ToLowerInvariant();
        if (await db.PartnerUsers.AnyAsync(u => u.ObjectId == objectId, cancellationToken))
        {
            return FormOutcome.Field(nameof(input.ObjectId), localizer["This user is already linked to an organisation."]);
        }

        var user = new PartnerUser(objectId, input.DisplayName!, input.Email!, organisation.Id, clock.Now);
        try
        {
            await db.InTransactionAsync(async ct =>
            {
                db.PartnerUsers.Add(user);
                await db.SaveChangesAsync(ct);
                audit.Record("PartnerUserLinked", nameof(PartnerUser), user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    organisation.Id, before: null, after: new { user.ObjectId, user.DisplayName, user.Email, organisation.PartnerId });
                await db.SaveChangesAsync(ct);
                return true;
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two staff linking the same user at once: the unique index on the object id decides.
            db.ChangeTracker.Clear();
            return FormOutcome.Field(nameof(input.ObjectId), localizer["This user is already linked to an organisation."]);
        }

        return FormOutcome.Success;
    }

    /// <summary>Removes the link; the user loses the organisation's data at their next request.</summary>
    public async Task<bool> UnlinkAsync(int id, CancellationToken cancellationToken)
    {
        var user = await db.PartnerUsers.Include(u => u.PartnerOrganisation).FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return false;
        }

        db.PartnerUsers.Remove(user);
        audit.Record("PartnerUserUnlinked", nameof(PartnerUser), user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            user.PartnerOrganisationId,
            before: new { user.ObjectId, user.DisplayName, user.Email, user.PartnerOrganisation!.PartnerId }, after: null);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
