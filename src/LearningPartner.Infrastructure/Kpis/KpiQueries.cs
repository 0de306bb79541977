using LearningPartner.Domain.Kpis;
using LearningPartner.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.Infrastructure.Kpis;

/// <summary>
/// A partner's KPI totals and monthly breakdowns, computed by the database in one grouped query over the
/// (partner, invoice date) index — never by loading every invoice line. Agrees with <see cref="KpiTotals.Sum"/>.
/// </summary>
public sealed class KpiQueries(PortalDbContext db)
{
    // Compiled (issue 12): every page of a partner runs these; compiling skips EF's per-call expression work.
    private static readonly Func<PortalDbContext, string, int, int, IAsyncEnumerable<CategoryTotal>> WindowTotalsQuery =
        EF.CompileAsyncQuery((PortalDbContext db, string partnerId, int from, int to) =>
            db.InvoiceLines.AsNoTracking()
                .Where(l => l.PartnerId == partnerId && l.InvoiceMonth >= from && l.InvoiceMonth < to && l.KpiValue != null && l.KpiCategory != null)
                .GroupBy(l => l.KpiCategory!)
                .Select(g => new CategoryTotal(g.Key, g.Sum(l => l.KpiValue!.Value))));

    // Issue 24: the month of the "recorded through" day, cut at that day. The invoice date is not in the covering index, so only
    // this one month is read through the table; the whole months before it stay on the covering index.
    private static readonly Func<PortalDbContext, string, int, DateOnly, IAsyncEnumerable<CategoryTotal>> MonthTotalsThroughQuery =
        EF.CompileAsyncQuery((PortalDbContext db, string partnerId, int month, DateOnly through) =>
            db.InvoiceLines.AsNoTracking()
                .Where(l => l.PartnerId == partnerId && l.InvoiceMonth == month && l.InvoiceDate <= through && l.KpiValue != null && l.KpiCategory != null)
                .GroupBy(l => l.KpiCategory!)
                .Select(g => new CategoryTotal(g.Key, g.Sum(l => l.KpiValue!.Value))));

    private static readonly Func<PortalDbContext, string, int, int, IAsyncEnumerable<MonthTypeRow>> MonthlyByTypeQuery =
        EF.CompileAsyncQuery((PortalDbContext db, string partnerId, int from, int to) =>
            db.InvoiceLines.AsNoTracking()
                .Where(l => l.PartnerId == partnerId && l.InvoiceMonth >= from && l.InvoiceMonth < to && l.KpiValue != null && l.KpiCategory != null)
                .GroupBy(l => new { l.InvoiceMonth, l.OmlpType, Category = l.KpiCategory!, l.RevenueCurrency })
                .Select(g => new MonthTypeRow(g.Key.InvoiceMonth, g.Key.OmlpType, g.Key.Category, g.Key.RevenueCurrency, g.Count(),
                    g.Sum(l => l.Units), g.Sum(l => l.KpiValue!.Value), g.Sum(l => l.RevenueAmount))));

    private static readonly Func<PortalDbContext, string, int, DateOnly, IAsyncEnumerable<MonthTypeRow>> MonthByTypeThroughQuery =
        EF.CompileAsyncQuery((PortalDbContext db, string partnerId, int month, DateOnly through) =>
            db.InvoiceLines.AsNoTracking()
                .Where(l => l.PartnerId == partnerId && l.InvoiceMonth == month && l.InvoiceDate <= through && l.KpiValue != null && l.KpiCategory != null)
                .GroupBy(l => new { l.InvoiceMonth, l.OmlpType, Category = l.KpiCategory!, l.RevenueCurrency })
                .Select(g => new MonthTypeRow(g.Key.InvoiceMonth, g.Key.OmlpType, g.Key.Category, g.Key.RevenueCurrency, g.Count(),
                    g.Sum(l => l.Units), g.Sum(l => l.KpiValue!.Value), g.Sum(l => l.RevenueAmount))));

    /// <summary>
    /// R-KPI-7: every recorded line of the window with a fixed KPI value, per KPI category; only the lines dated on or before
    /// <paramref name="recordedThrough"/> when given (issue 24: a forecast of a future date counts no invoice dated after today).
    /// </summary>
    public async Task<KpiTotals> WindowTotalsAsync(string partnerId, MonthRange window, CancellationToken cancellationToken = default,
        DateOnly? recordedThrough = null)
    {
        var totals = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var (from, to, throughMonth) = Split(window, recordedThrough);
        await foreach (var row in WindowTotalsQuery(db, partnerId, from, to).WithCancellation(cancellationToken))
        {
            totals[row.Category] = row.Total;
        }

        if (throughMonth is { } month)
        {
            await foreach (var row in MonthTotalsThroughQuery(db, partnerId, month, recordedThrough!.Value).WithCancellation(cancellationToken))
            {
                totals[row.Category] = totals.GetValueOrDefault(row.Category) + row.Total;
            }
        }

        return new KpiTotals(totals);
    }

    /// <summary>
    /// <see cref="WindowTotalsAsync"/> for several partners in one grouped query (a staff queue evaluating each partner's
    /// claims); a partner with no line in the window has empty totals.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, KpiTotals>> WindowTotalsAsync(IReadOnlyCollection<string> partnerIds, MonthRange window,
        CancellationToken cancellationToken = default)
    {
        var (from, to) = (InvoiceLine.MonthKey(window.From), InvoiceLine.MonthKey(window.To));
        var rows = await db.InvoiceLines.AsNoTracking()
            .Where(l => partnerIds.Contains(l.PartnerId) && l.InvoiceMonth >= from && l.InvoiceMonth < to && l.KpiValue != null && l.KpiCategory != null)
            .GroupBy(l => new { l.PartnerId, Category = l.KpiCategory! })
            .Select(g => new { g.Key.PartnerId, g.Key.Category, Total = g.Sum(l => l.KpiValue!.Value) })
            .ToListAsync(cancellationToken);
        return partnerIds.ToDictionary(id => id, id => new KpiTotals(rows.Where(r => r.PartnerId == id)
            .ToDictionary(r => r.Category, r => r.Total, StringComparer.Ordinal)));
    }

    /// <summary>Lines, units and KPI per month and category of the window.</summary>
    public async Task<List<MonthlyKpi>> MonthlyAsync(string partnerId, MonthRange window, CancellationToken cancellationToken = default)
    {
        var rows = await InWindow(partnerId, window)
            .GroupBy(l => new { l.InvoiceMonth, Category = l.KpiCategory! })
            .Select(g => new
            {
                g.Key.InvoiceMonth,
                g.Key.Category,
                Lines = g.Count(),
                Units = g.Sum(l => l.Units),
                Kpi = g.Sum(l => l.KpiValue!.Value),
            })
            .OrderBy(m => m.InvoiceMonth).ThenBy(m => m.Category)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new MonthlyKpi(r.InvoiceMonth / 100, r.InvoiceMonth % 100, r.Category, r.Lines, r.Units, r.Kpi)).ToList();
    }

    /// <summary>
    /// R-KPI-8: lines, units, KPI and revenue per month, OMLP type and currency of the months given, of the lines dated on or
    /// before <paramref name="recordedThrough"/> (issue 24: an invoice dated after the day read has not happened yet, so no
    /// report or forecast counts it); every line when null.
    /// </summary>
    public async Task<List<MonthlyTypeKpi>> MonthlyByTypeAsync(string partnerId, MonthRange months, CancellationToken cancellationToken = default,
        DateOnly? recordedThrough = null)
    {
        var rows = new List<MonthlyTypeKpi>();
        var (from, to, throughMonth) = Split(months, recordedThrough);
        var parts = throughMonth is { } month
            ? new[] { MonthlyByTypeQuery(db, partnerId, from, to), MonthByTypeThroughQuery(db, partnerId, month, recordedThrough!.Value) }
            : [MonthlyByTypeQuery(db, partnerId, from, to)];
        foreach (var part in parts)
        {
            await foreach (var r in part.WithCancellation(cancellationToken))
            {
                rows.Add(new MonthlyTypeKpi(r.InvoiceMonth / 100, r.InvoiceMonth % 100, r.OmlpType, r.Category, r.Currency, r.Lines, r.Units, r.Kpi, r.Revenue));
            }
        }

        return rows.OrderBy(r => r.Year).ThenBy(r => r.Month).ThenBy(r => r.OmlpType, StringComparer.Ordinal).ThenBy(r => r.Currency, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The whole months to read on the covering index, and the month of <paramref name="through"/> when it lies in the range
    /// (read apart, cut at that day); months after it hold only lines dated after it, so they are not read at all.
    /// </summary>
    private static (int From, int To, int? ThroughMonth) Split(MonthRange months, DateOnly? through)
    {
        var (from, to) = (InvoiceLine.MonthKey(months.From), InvoiceLine.MonthKey(months.To));
        if (through is not { } day)
        {
            return (from, to, null);
        }

        var month = InvoiceLine.MonthKey(day);
        return (from, Math.Min(to, Math.Max(from, month)), month >= from && month < to ? month : null);
    }

    /// <summary>Windows are whole months, so they are read by the month key: the covering index's order (R-KPI-8).</summary>
    /// <remarks>The compiled queries above repeat this filter: a compiled expression cannot call a method.</remarks>
    private IQueryable<Domain.Kpis.InvoiceLine> InWindow(string partnerId, MonthRange window)
    {
        var from = InvoiceLine.MonthKey(window.From);
        var to = InvoiceLine.MonthKey(window.To);
        return db.InvoiceLines.AsNoTracking()
            .Where(l => l.PartnerId == partnerId && l.InvoiceMonth >= from && l.InvoiceMonth < to
                        && l.KpiValue != null && l.KpiCategory != null);
    }

    private sealed record CategoryTotal(string Category, decimal Total);

    private sealed record MonthTypeRow(int InvoiceMonth, string OmlpType, string Category, string Currency, int Lines, int Units, decimal Kpi,
        decimal Revenue);
}
