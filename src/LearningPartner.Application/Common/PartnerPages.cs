namespace LearningPartner.Application.Common;

/// <summary>
/// Returns the page kept under the partner's data version, or builds and keeps it (issue 12). The version comes with the
/// request's <see cref="PartnerContext"/>, read before any of the partner's rows: a page built from rows newer than its
/// version may be kept under it (the next reader reads the newer version and builds again), never one older than it.
/// </summary>
public sealed class PartnerPages(PartnerPageCache cache)
{
    public async Task<TPage> GetAsync<TPage>(PartnerContext partner, DateOnly date, Func<CancellationToken, Task<TPage>> build,
        CancellationToken cancellationToken)
        where TPage : class
    {
        // A context made without reading the version (0) cannot key a kept page: build it every time.
        if (partner.DataVersion == 0)
        {
            return await build(cancellationToken);
        }

        if (!cache.TryGet<TPage>(partner.OrganisationId, date, partner.DataVersion, out var page))
        {
            page = await build(cancellationToken);
            cache.Set(partner.OrganisationId, date, partner.DataVersion, page);
        }

        return page;
    }
}
