namespace LearningPartner.Domain.Kpis;

/// <summary>KPI per category over a window (R-KPI-7, R-CMP-2). The database computes the same in one grouped query.</summary>
public sealed class KpiTotals
{
    public static readonly KpiTotals None = new(new Dictionary<string, decimal>());

    private readonly IReadOnlyDictionary<string, decimal> _byCategory;

    public KpiTotals(IReadOnlyDictionary<string, decimal> byCategory) => _byCategory = byCategory;

    public IReadOnlyDictionary<string, decimal> ByCategory => _byCategory;

    public decimal Of(string category) => _byCategory.TryGetValue(category, out var value) ? value : 0m;

    /// <summary>R-KPI-7: every recorded line of the window counts, published in a report or not.</summary>
    public static KpiTotals Sum(IEnumerable<KpiRecord> records, MonthRange window) =>
        new(records.Where(r => window.Contains(r.InvoiceDate))
            .GroupBy(r => r.KpiCategory, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(r => r.KpiValue), StringComparer.Ordinal));
}
