using System.Globalization;
using LearningPartner.Application.Kpis;

namespace LearningPartner.Web.Features.Kpis;

/// <summary>
/// The geometry of the server-rendered SVG chart of KPI per month, stacked by KPI category: no script, no CDN,
/// readable offline. Coordinates are in the SVG's own units (viewBox), formatted invariantly.
/// </summary>
public sealed class KpiChart
{
    public const int Width = 720;
    public const int Height = 240;
    private const int Left = 48;
    private const int Right = 8;
    private const int Top = 12;
    private const int Bottom = 40;

    public KpiChart(IReadOnlyList<KpiMonth> months, IReadOnlyList<string> categories)
    {
        var max = Math.Max(1m, months.Select(m => m.Kpi).DefaultIfEmpty(0m).Max());
        Scale = NiceCeiling(max);
        var plotWidth = Width - Left - Right;
        var slot = months.Count == 0 ? plotWidth : plotWidth / (decimal)months.Count;
        var plotHeight = Height - Top - Bottom;
        for (var i = 0; i < months.Count; i++)
        {
            var x = Left + (slot * i) + (slot * 0.15m);
            var baseline = (decimal)(Height - Bottom);
            foreach (var (category, index) in categories.Select((c, n) => (c, n)))
            {
                var value = months[i].KpiByCategory.TryGetValue(category, out var v) ? v : 0m;
                if (value <= 0m)
                {
                    continue;
                }

                var height = plotHeight * value / Scale;
                Bars.Add(new Bar(F(x), F(baseline - height), F(slot * 0.7m), F(height), $"bar bar-{index % 4}", months[i].Month, category, value));
                baseline -= height;
            }

            Labels.Add(new Label(F(x + (slot * 0.35m)), F(Height - Bottom + 16), months[i].Month));
        }

        foreach (var fraction in new[] { 0m, 0.5m, 1m })
        {
            Ticks.Add(new Tick(F(Height - Bottom - (plotHeight * fraction)), Scale * fraction));
        }
    }

    public decimal Scale { get; }

    public List<Bar> Bars { get; } = [];

    public List<Label> Labels { get; } = [];

    public List<Tick> Ticks { get; } = [];

    public static string AxisLeft => F(Left);

    public static string AxisRight => F(Width - Right);

    public sealed record Bar(string X, string Y, string Width, string Height, string CssClass, DateOnly Month, string Category, decimal Value);

    public sealed record Label(string X, string Y, DateOnly Month);

    public sealed record Tick(string Y, decimal Value);

    /// <summary>1, 2 or 5 times a power of ten, at least the value: axis labels a reader can use.</summary>
    public static decimal NiceCeiling(decimal value)
    {
        var power = 1m;
        while (power * 10 <= value)
        {
            power *= 10;
        }

        return new[] { 1m, 2m, 5m, 10m }.Select(f => f * power).First(n => n >= value);
    }

    private static string F(decimal value) => decimal.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
