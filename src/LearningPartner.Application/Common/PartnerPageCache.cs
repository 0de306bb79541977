using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Caching.Memory;

namespace LearningPartner.Application.Common;

/// <summary>
/// Pages built from one partner's rows (the KPI dashboard, the overview, the requirements), kept in this instance's memory
/// (issue 12) under their kind, organisation, date and the organisation's data version
/// (<see cref="LearningPartner.Infrastructure.Persistence.PartnerDataVersion"/>). Any change to the partner's rows renews
/// the version in the change's own transaction, so a kept page is never shown after its rows changed, on any instance; a
/// page that depends on the day is kept under that day, so it is built again the next day (states are derived from dates).
/// Bounded: at most <see cref="MaxEntries"/> pages, each dropped after <see cref="Unused"/> without a reader.
/// </summary>
public sealed class PartnerPageCache : IDisposable
{
    public const int MaxEntries = 6_000;

    public static readonly TimeSpan Unused = TimeSpan.FromMinutes(10);

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = MaxEntries });

    public bool TryGet<TPage>(int organisationId, DateOnly date, long dataVersion, [NotNullWhen(true)] out TPage? page)
        where TPage : class =>
        _entries.TryGetValue((typeof(TPage), organisationId, date, dataVersion), out page) && page is not null;

    public void Set<TPage>(int organisationId, DateOnly date, long dataVersion, TPage page)
        where TPage : class =>
        _entries.Set((typeof(TPage), organisationId, date, dataVersion), page, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Unused });

    public void Dispose() => _entries.Dispose();
}
