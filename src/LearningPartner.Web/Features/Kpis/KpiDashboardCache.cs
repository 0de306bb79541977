using Microsoft.Extensions.Caching.Memory;

namespace LearningPartner.Web.Features.Kpis;

/// <summary>
/// Dashboards kept in this instance's memory (issue 12), each under its partner, date and the partner's data version
/// (<see cref="LearningPartner.Infrastructure.Persistence.PartnerDataVersion"/>). Any change to the partner's rows renews
/// the version in the change's own transaction, so a kept dashboard is never shown after its rows changed, on any instance.
/// Bounded: at most <see cref="MaxEntries"/> dashboards, each dropped after <see cref="Unused"/> without a reader.
/// </summary>
public sealed class KpiDashboardCache : IDisposable
{
    public const int MaxEntries = 2_000;

    public static readonly TimeSpan Unused = TimeSpan.FromMinutes(10);

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = MaxEntries });

    public bool TryGet(string partnerId, DateOnly asOf, long dataVersion, out KpiDashboardViewModel? model) =>
        _entries.TryGetValue((partnerId, asOf, dataVersion), out model);

    public void Set(string partnerId, DateOnly asOf, long dataVersion, KpiDashboardViewModel model) =>
        _entries.Set((partnerId, asOf, dataVersion), model, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Unused });

    public void Dispose() => _entries.Dispose();
}
