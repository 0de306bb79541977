using LearningPartner.Application.Common;
using LearningPartner.Domain.Resources;
using LearningPartner.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.Resources;

/// <summary>R-RES-1: the program's announcements, learning resources and enrollment guide links; staff edit them.</summary>
public sealed class ResourceLinkService(PortalDbContext db, AuditLog audit)
{
    public Task<List<ResourceLinkRow>> ListAsync(CancellationToken cancellationToken) =>
        db.ResourceLinks.AsNoTracking()
            .OrderBy(l => l.Id)
            .Select(l => new ResourceLinkRow(l.Kind, l.Title, l.Url, l.Description, l.TitleZh, l.DescriptionZh))
            .ToListAsync(cancellationToken);

    public Task<ResourceLinkDetails?> GetAsync(ResourceLinkKind kind, CancellationToken cancellationToken) =>
        db.ResourceLinks.AsNoTracking()
            .Where(l => l.Kind == kind)
            .Select(l => new ResourceLinkDetails(l.Title, l.Url, l.Description, l.TitleZh, l.DescriptionZh, l.Version))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Saves an edit unless someone else saved one since the form was read (optimistic concurrency).</summary>
    public async Task<Result> ChangeAsync(ResourceLinkKind kind, ResourceLinkDetails changed, CancellationToken cancellationToken)
    {
        var link = await db.ResourceLinks.FirstOrDefaultAsync(l => l.Kind == kind, cancellationToken);
        if (link is null)
        {
            return Result.NotFound();
        }

        var before = LinkValues.Of(link);
        db.Entry(link).Property(l => l.Version).OriginalValue = changed.Version;
        link.Change(changed.Title, new Uri(changed.Url.Trim()), changed.Description, changed.TitleZh, changed.DescriptionZh);
        audit.Record(AuditAction.ResourceLinkChanged, AuditSubject.Of(link), before, LinkValues.Of(link));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Done();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Refusal.Of(RefusalCode.ResourceLinkChangedMeanwhile);
        }
    }

    /// <summary>A link as the audit trail records it, before → after.</summary>
    private sealed record LinkValues(string Title, string Url, string? Description, string? TitleZh, string? DescriptionZh)
    {
        public static LinkValues Of(ResourceLink link) => new(link.Title, link.Url, link.Description, link.TitleZh, link.DescriptionZh);
    }
}
