using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Platform;

/// <summary>The demo world seeded into an empty Development database, as of the factory's fixed today (2026-11-25).</summary>
public sealed class DemoDataTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task SeveralOrganisationsInDifferentCountries()
    {
        var countries = await factory.WithDbAsync(db => db.PartnerOrganisations.Select(o => o.CountryCode).ToListAsync());

        Assert.True(countries.Count >= 5);
        Assert.True(countries.Distinct().Count() >= 5);
    }

    [Fact]
    public async Task AboutTwoYearsOfInvoiceLinesUpToToday()
    {
        var (first, last, count) = await factory.WithDbAsync(async db => (
            await db.InvoiceLines.MinAsync(l => l.InvoiceDate),
            await db.InvoiceLines.MaxAsync(l => l.InvoiceDate),
            await db.InvoiceLines.CountAsync()));

        Assert.Equal(new DateOnly(2024, 11, 1), new DateOnly(first.Year, first.Month, 1));
        Assert.True(last <= new DateOnly(2026, 11, 25));
        Assert.True(last >= new DateOnly(2026, 10, 1));
        Assert.InRange(count, 300, 5000);
    }

    [Fact]
    public async Task DemoLinesGetTheirKpiValuesWhenTheRuleSetsLoad()
    {
        // R-KPI-2: the demo lines run from 2024-11 (FY2025) to today (FY2027), all covered by shipped rule sets.
        var (withValue, without) = await factory.WithDbAsync(async db => (
            await db.InvoiceLines.CountAsync(l => l.KpiValue != null && l.KpiCategory != null),
            await db.InvoiceLines.CountAsync(l => l.KpiValue == null)));

        Assert.True(withValue > 300);
        Assert.Equal(0, without);
    }

    [Fact]
    public async Task PurchasesOfANotYetEnrolledCompanyWaitForIt()
    {
        // R-KPI-5: lines keyed by a partner id no organisation has yet.
        var waiting = await factory.WithDbAsync(db => db.InvoiceLines
            .CountAsync(l => !db.PartnerOrganisations.Any(o => o.PartnerId == l.PartnerId)));

        Assert.True(waiting > 0);
    }

    [Fact]
    public async Task PartnerPersonasAreRowsOfTheUserToPartnerTable()
    {
        var links = await factory.WithDbAsync(db => db.PartnerUsers
            .Select(u => new { u.ObjectId, u.PartnerOrganisation!.PartnerId }).ToListAsync());

        Assert.Contains(links, l => l.ObjectId == "5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a01" && l.PartnerId == Personas.ContosoPartnerId);
        Assert.Contains(links, l => l.ObjectId == "5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a03" && l.PartnerId == Personas.FabrikamPartnerId);
        Assert.DoesNotContain(links, l => l.ObjectId == "5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a05");
    }

    [Fact]
    public async Task PartnerOverviewShowsItsOwnPurchasesByMonth()
    {
        using var client = await factory.SignedInClientAsync(Personas.ContosoAdmin);

        var html = await client.GetStringAsync("/partners/4100001");

        // Today 2026-11-25: the 12 complete months before November 2026 are 2025-11 … 2026-10.
        Assert.Contains("2025-11-01", html);
        Assert.Contains("2026-10-31", html);
        Assert.Contains(">2025-11<", html);
        Assert.Contains(">2026-10<", html);
        Assert.DoesNotContain(">2025-10<", html);
        Assert.DoesNotContain(">2026-11<", html);
        Assert.Contains(" USD", html);
    }
}
