using System.Globalization;
using LearningPartner.Domain.PartnerDirectory;
using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Infrastructure.RuleSets;
using LearningPartner.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LearningPartner.Application.Directory;

/// <summary>Section "Directory".</summary>
public sealed class DirectoryOptions
{
    public const string SectionName = "Directory";

    /// <summary>How long a built directory is served before it is read again (0: never cached).</summary>
    public int CacheSeconds { get; set; } = 30;
}

/// <summary>
/// The public directory as of today, built from the database and kept for a short while. What shows changes only on
/// dates — a listing's publication date, a partner's lapse (R-DIR-4, R-DIR-5) — so a directory built for one program
/// date is never served on another: it expires when its date passes. Within the day an older one is served while it is
/// rebuilt in the background, so changes made during the day show within about <see cref="DirectoryOptions.CacheSeconds"/>
/// (at once on the instance where an editor approved).
/// </summary>
public sealed class DirectorySnapshots(IServiceScopeFactory scopes, ProgramClock clock, IOptions<DirectoryOptions> options,
    ILogger<DirectorySnapshots> logger)
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private DirectorySnapshot? _snapshot;

    public async Task<DirectorySnapshot> GetAsync(CancellationToken cancellationToken)
    {
        var current = _snapshot;
        if (current is not null && current.Date == clock.Today)
        {
            if (clock.Now - current.BuiltAt >= TimeSpan.FromSeconds(options.Value.CacheSeconds))
            {
                // Old but of today: serve it while one rebuild runs in the background, so no visitor waits for it.
                RefreshInBackground();
            }

            return current;
        }

        // None yet, or of another date: never serve a day's directory on another day.
        return await RebuildAsync(cancellationToken);
    }

    public void Invalidate() => _snapshot = null;

    private void RefreshInBackground()
    {
        if (_building.CurrentCount > 0)
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await RebuildAsync(CancellationToken.None);
                }
                catch (Exception e) when (e is InvalidOperationException or DbUpdateException or System.Data.Common.DbException)
                {
                    logger.LogWarning(e, "The directory could not be rebuilt; the next request tries again");
                }
            });
        }
    }

    private async Task<DirectorySnapshot> RebuildAsync(CancellationToken cancellationToken)
    {
        var before = _snapshot;
        await _building.WaitAsync(cancellationToken);
        try
        {
            if (_snapshot is { } built && !ReferenceEquals(built, before) && built.Date == clock.Today)
            {
                return built; // another request rebuilt it meanwhile
            }

            await using var scope = scopes.CreateAsyncScope();
            var snapshot = await BuildAsync(scope.ServiceProvider, clock.Today, cancellationToken);
            _snapshot = options.Value.CacheSeconds > 0 ? snapshot : null;
            return snapshot;
        }
        finally
        {
            _building.Release();
        }
    }

    private async Task<DirectorySnapshot> BuildAsync(IServiceProvider services, DateOnly today, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var levels = await services.GetRequiredService<HeldOptions>().OnAsync(today, null, cancellationToken);
        var approved = await db.DirectoryListings.AsNoTracking()
            .Where(l => l.Status == ListingStatus.Approved && l.PublishOn <= today)
            .Select(l => new
            {
                l.Id,
                l.PartnerOrganisationId,
                l.DisplayName,
                l.CountryCode,
                l.LandingPageUrl,
                l.Description,
                l.LogoStorageKey,
                l.LogoContentType,
                PublishOn = l.PublishOn!.Value,
            })
            .ToListAsync(cancellationToken);
        var partnerIds = await db.PartnerOrganisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.PartnerId, cancellationToken);
        var compare = StringComparer.Create(CultureInfo.InvariantCulture, ignoreCase: true);
        var entries = approved.GroupBy(l => l.PartnerOrganisationId)
            .Select(g =>
            {
                var level = levels.GetValueOrDefault(g.Key, ListingLevel.None);
                var standing = DirectoryPublication.On(today, g.Select(l => new ApprovedListing(l.Id, l.PublishOn)), level.HoldsAnOption);
                var current = g.Single(l => l.Id == standing.Current!.Id);
                return standing.IsShown
                    ? new DirectoryEntry(partnerIds[g.Key], current.DisplayName, current.CountryCode, current.LandingPageUrl, level)
                    {
                        ListingId = current.Id,
                        Description = current.Description,
                        LogoStorageKey = current.LogoStorageKey,
                        LogoContentType = current.LogoContentType,
                    }
                    : null;
            })
            .OfType<DirectoryEntry>()
            .OrderBy(e => e.DisplayName, compare).ThenBy(e => e.PartnerId, StringComparer.Ordinal)
            .ToList();
        var competencies = services.GetRequiredService<RuleSetCatalogProvider>().Catalog.Find(today)?.Competencies
            .Select(c => new DirectoryCompetency(c.Code, c.Name)).ToList() ?? [];
        return new DirectorySnapshot(today, clock.Now, entries) { Competencies = competencies };
    }
}
