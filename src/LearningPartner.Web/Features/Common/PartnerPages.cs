using LearningPartner.Infrastructure.Persistence;
using LearningPartner.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Web.Features.Common;

/// <summary>
/// Reads a partner's data version and returns the page kept under it, or builds and keeps it (issue 12). The version is
/// read before the rows: a page built from rows newer than its version may be kept under it (the next reader reads the
/// newer version and builds again), never one older than its version.
/// </summary>
public sealed class PartnerPages(PortalDbContext db, PartnerPageCache cache)
{
    private static readonly Func<PortalDbContext, string, CancellationToken, Task<long?>> DataVersionOf =
        EF.CompileAsyncQuery((PortalDbContext db, string partnerId, CancellationToken cancellationToken) => db.PartnerOrganisations
            .Where(o => o.PartnerId == partnerId).Select(o => (long?)EF.Property<long>(o, PartnerDataVersion.Property)).FirstOrDefault());

    /// <summary>
    /// The page of the partner on the date; null for a partner id without an organisation. <paramref name="userLink"/> is
    /// the user's link: when it is this partner's, its data version, read with the link at the start of the request, saves
    /// a read.
    /// </summary>
    public async Task<KeptPage<TPage>?> GetAsync<TPage>(string partnerId, DateOnly date, PartnerLink? userLink,
        Func<CancellationToken, Task<TPage?>> build, CancellationToken cancellationToken)
        where TPage : class
    {
        var version = userLink is not null && userLink.PartnerId == partnerId ? userLink.DataVersion : await DataVersionOf(db, partnerId, cancellationToken);
        if (version is not { } dataVersion)
        {
            return null;
        }

        if (!cache.TryGet<TPage>(partnerId, date, dataVersion, out var page))
        {
            page = await build(cancellationToken);
            if (page is null)
            {
                return null;
            }

            cache.Set(partnerId, date, dataVersion, page);
        }

        return new KeptPage<TPage>(page, dataVersion);
    }
}
