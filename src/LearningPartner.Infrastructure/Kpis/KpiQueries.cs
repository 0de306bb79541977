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
    /// <summary>R-KPI-7: every recorded line of the window with a fixed KPI value, per KPI category.</summary>
    public async Task<KpiTotals> WindowTotalsAsync(string partnerId, MonthRange window, CancellationToken cancellationToken = default)
    {
        var rows = await InWindow(partnerId, window)
            .GroupBy(l => l.KpiCategory!)
            .Select(g => new { Category = g.Key, Total = g.Sum(l => l.KpiValue!.Value) })
            .ToListAsync(cancellationToken);
        return new KpiTotals(rows.ToDictionary(r => r.Category, r => r.Total, StringComparer.Ordinal));
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

    /// <summary>R-KPI-8: lines, units, KPI and revenue per month, OMLP type and currency of the months given.</summary>
    public async Task<List<MonthlyTypeKpi>> MonthlyByTypeAsync(string partnerId, MonthRange months, CancellationToken cancellationToken = default)
    {
        var rows = await InWindow(partnerId, months)
            .GroupBy(l => new { l.InvoiceMonth, l.OmlpType, Category = l.KpiCategory!, l.RevenueCurrency })
            .Select(g => new
            {
                g.Key.InvoiceMonth,
                g.Key.OmlpType,
                g.Key.Category,
                Currency = g.Key.RevenueCurrency,
                Lines = g.Count(),
                Units = g.Sum(l => l.Units),
                Kpi = g.Sum(l => l.KpiValue!.Value),
                Revenue = g.Sum(l => l.RevenueAmount),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new MonthlyTypeKpi(r.InvoiceMonth / 100, r.InvoiceMonth % 100, r.OmlpType, r.Category, r.Currency, r.Lines, r.Units, r.Kpi, r.Revenue))
            .OrderBy(r => r.Year).ThenBy(r => r.Month).ThenBy(r => r.OmlpType, StringComparer.Ordinal).ThenBy(r => r.Currency, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Windows are whole months, so they are read by the month key: the covering index's order (R-KPI-8).</summary>
    private IQueryable<Domain.Kpis.InvoiceLine> InWindow(string partnerId, MonthRange window)
    {
        var from = InvoiceLine.MonthKey(window.From);
        var to = InvoiceLine.MonthKey(window.To);
        return db.InvoiceLines.AsNoTracking()
            .Where(l => l.PartnerId == partnerId && l.InvoiceMonth >= from && l.InvoiceMonth < to
                        && l.KpiValue != null && l.KpiCategory != null);
    }
}
