using LearningPartner.Application.Common;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Application.Audit;

/// <summary>
/// R-ORG-3 (issue 21): a partner's activity log — its own organisation's audit entries, as <see cref="PartnerAuditView"/>
/// lets a partner read them, filtered by dates and kind, newest first, a page at a time or all of them for the CSV.
/// </summary>
public sealed class PartnerActivityService(PortalDbContext db, ProgramClock clock)
{
    public const int PageSize = 50;

    public async Task<PartnerActivityPage> GetAsync(PartnerContext partner, PartnerActivityFilter filter, CancellationToken cancellationToken)
    {
        var matching = Matching(partner, filter);
        var total = await matching.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var rows = await ReadAsync(matching.Skip((page - 1) * PageSize).Take(PageSize), cancellationToken);
        var kinds = await PartnerAuditView.Of(db.AuditEntries.AsNoTracking(), partner.OrganisationId)
            .Select(a => new { a.EntityType, a.Action }).Distinct()
            .ToListAsync(cancellationToken);
        return new PartnerActivityPage(partner, filter with { Page = page }, rows, total, pageCount,
            [.. kinds.GroupBy(k => k.EntityType).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new ActivityKind(g.Key, [.. g.Select(k => k.Action).Order(StringComparer.Ordinal)]))]);
    }

    /// <summary>Every entry the filter matches (its page aside), newest first: the CSV export.</summary>
    public Task<IReadOnlyList<PartnerActivityRow>> ExportAsync(PartnerContext partner, PartnerActivityFilter filter, CancellationToken cancellationToken) =>
        ReadAsync(Matching(partner, filter), cancellationToken);

    /// <summary>The partner's entries within the dates and of the kind, newest first (the same instant: the later entry first).</summary>
    private IQueryable<Domain.Auditing.AuditEntry> Matching(PartnerContext partner, PartnerActivityFilter filter)
    {
        var entries = PartnerAuditView.Of(db.AuditEntries.AsNoTracking(), partner.OrganisationId);
        if (filter.From is { } from)
        {
            var start = clock.StartOf(from); // R-DATE-1: the day as the program's time zone has it
            entries = entries.Where(a => a.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = clock.StartOf(to.AddDays(1)); // "to" is included: up to the next day's start
            entries = entries.Where(a => a.At < end);
        }

        if (!string.IsNullOrEmpty(filter.Kind))
        {
            var kind = filter.Kind;
            entries = entries.Where(a => a.Action == kind || a.EntityType == kind);
        }

        return entries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id);
    }

    private static async Task<IReadOnlyList<PartnerActivityRow>> ReadAsync(IQueryable<Domain.Auditing.AuditEntry> entries,
        CancellationToken cancellationToken)
    {
        var stored = await entries
            .Select(a => new { a.Id, a.At, a.Actor, a.Action, a.EntityType, a.EntityId, a.Before, a.After, a.Reason })
            .ToListAsync(cancellationToken);
        return [.. stored.Select(a => new PartnerActivityRow(a.Id, a.At, PartnerAuditView.Who(a.Actor), a.Action, a.EntityType, a.EntityId,
            PartnerAuditView.Values(a.Before), PartnerAuditView.Values(a.After), a.Reason))];
    }
}
