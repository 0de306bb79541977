using System.Net;
using System.Text.RegularExpressions;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Kpis;
using LearningPartner.FunctionalTests.Support;
using LearningPartner.Infrastructure.RuleSets;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartner.FunctionalTests.Kpis;

/// <summary>
/// Issue 24, "true on the day it is read": an invoice line dated after today (2026-11-26, the factory's clock being
/// 2026-11-25 10:00 UTC) has not happened yet. It is not among the overview's latest invoice lines nor the KPI month's
/// lines, and no forecast counts it — neither the coming reports (the one of 2026-12-15 covers 2025-12 … 2026-11) nor the
/// renewal forecast of Contoso's silver option (AD 2027-01-29, window 2026-01 … 2026-12). 1,000 MOC units would change
/// every one of those numbers (a MOC unit weighs 1.0 courseware KPI in the sample rule sets).
/// </summary>
public sealed class FutureDatedInvoiceTests : IDisposable
{
    private const string Tomorrow = "TOMORROW-1";

    private readonly PortalFactory _factory = new();

    [Fact]
    public async Task AnInvoiceDatedTomorrowIsNotAmongTheLatestLinesNorInAnyForecast()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        var overviewBefore = await GetAsync(admin, "/partners/4100001");
        var kpisBefore = await GetAsync(admin, "/partners/4100001/kpis");

        await AddLineAsync(new DateOnly(2026, 11, 26));

        var overview = await GetAsync(admin, "/partners/4100001");
        var kpis = await GetAsync(admin, "/partners/4100001/kpis");
        var november = await GetAsync(admin, "/partners/4100001/kpis/2026-11");
        Assert.DoesNotContain(Tomorrow, overview);
        Assert.DoesNotContain(Tomorrow, november);
        Assert.Equal(Section(overviewBefore, "forecast"), Section(overview, "forecast"));
        Assert.Equal(Section(kpisBefore, "kpi-forecast"), Section(kpis, "kpi-forecast"));
    }

    [Fact]
    public async Task OnItsDateTheSameLineIsListedAndCounted()
    {
        using var admin = await _factory.SignedInClientAsync(Personas.ContosoAdmin);
        var kpisBefore = await GetAsync(admin, "/partners/4100001/kpis");

        // The control: dated today, the same line is among the latest and in the coming report's forecast.
        await AddLineAsync(new DateOnly(2026, 11, 25));

        Assert.Contains(Tomorrow, await GetAsync(admin, "/partners/4100001"));
        Assert.NotEqual(Section(kpisBefore, "kpi-forecast"), Section(await GetAsync(admin, "/partners/4100001/kpis"), "kpi-forecast"));
    }

    public void Dispose() => _factory.Dispose();

    private static async Task<string> GetAsync(HttpClient client, string url) => WebUtility.HtmlDecode(await client.GetStringAsync(url));

    /// <summary>The element whose id or class is <paramref name="name"/>, up to its closing tag (tables and divs hold no nested twin here).</summary>
    private static string Section(string html, string name)
    {
        var match = Regex.Match(html, $"<(table|div) (id|class)=\"{name}\"[^>]*>.*?</\\1>", RegexOptions.Singleline);
        Assert.True(match.Success, $"No {name} on the page");
        return match.Value;
    }

    private Task AddLineAsync(DateOnly date)
    {
        var catalog = _factory.Services.GetRequiredService<RuleSetCatalogProvider>().Catalog;
        return _factory.WithDbAsync(db =>
        {
            var line = new InvoiceLine("4100001", Tomorrow, 1, date, "MOC", 1000, new Money(95000m, "USD"), "test", PortalFactory.Now);
            line.FixKpi(KpiValuation.RuleFor(catalog, line.InvoiceDate, line.OmlpType)!);
            db.InvoiceLines.Add(line);
            return db.SaveChangesAsync();
        });
    }
}
