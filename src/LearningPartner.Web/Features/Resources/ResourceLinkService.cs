using LearningPartner.Domain.Resources;
using LearningPartner.Infrastructure.Auditing;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Web.Features.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Features.Resources;

/// <summary>R-RES-1: the program's announcements, learning resources and enrollment guide links.</summary>
public sealed class ResourceLinkService(PortalDbContext db, AuditTrail audit, IStringLocalizer<SharedResource> localizer)
{
    public Task<List<ResourceLinkRow>> ListAsync(CancellationToken cancellationToken) =>
        db.ResourceLinks.AsNoTracking()
            .OrderBy(l => l.Id)
            .Select(l => new ResourceLinkRow(l.Kind, l.Title, l.Url, l.Description))
            .ToListAsync(cancellationToken);

    public Task<ResourceLinkInput?> GetForEditAsync(ResourceLinkKind kind, CancellationToken cancellationToken) =>
        db.ResourceLinks.AsNoTracking()
            .Where(l => l.Kind == kind)
            .Select(l => new ResourceLinkInput { Title = l.Title, Url = l.Url, Description = l.Description, Version = l.Version })
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Saves an edit unless someone else saved one since the form was read (optimistic concurrency).</summary>
    public async Task<FormOutcome?> UpdateAsync(ResourceLinkKind kind, ResourceLinkInput input, CancellationToken cancellationToken)
    {
        var link = await db.ResourceLinks.FirstOrDefaultAsync(l => l.Kind == kind, cancellationToken);
        if (link is null)
        {
            return null;
        }

        var before = new { link.Title, link.Url, link.Description };
        db.Entry(link).Property(l => l.Version).OriginalValue = input.Version;
        link.Change(input.Title!, new Uri(input.Url!.Trim()), input.Description);
        audit.Record("ResourceLinkChanged", nameof(ResourceLink), kind.ToString(), partnerOrganisationId: null,
            before, new { link.Title, link.Url, link.Description });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return FormOutcome.Success;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return FormOutcome.Failure(localizer["Someone else changed this link while you were editing it. Reload the page to see their change, then edit again."]);
        }
    }
}
