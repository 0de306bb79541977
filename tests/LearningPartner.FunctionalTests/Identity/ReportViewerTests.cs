using System.Net;
using System.Text.RegularExpressions;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Identity;

/// <summary>
/// R-ROLE-5: a report viewer reads its organisation's KPIs, requirements and standing, never revenue values or trainers'
/// personal data — on pages, CSV exports and the API alike. Each check is made against what Contoso's admin sees on the
/// same page (so it cannot pass on an empty page), and the admin reads first, so a kept page cannot leak to the viewer.
/// </summary>
public sealed partial class ReportViewerTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Contoso = "/partners/4100001";

    [Theory]
    [InlineData(Contoso)]
    [InlineData(Contoso + "/kpis")]
    [InlineData(Contoso + "/kpis/2026-10")]
    [InlineData(Contoso + "/requirements")]
    public async Task APageShowsTheViewerNoRevenueAndNoTrainersNames(string page)
    {
        using var admin = await factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var viewer = await factory.SignedInClientAsync(Personas.ContosoViewer);
        var people = await ContosoPeopleAsync();

        var full = await admin.GetStringAsync(page);
        var report = await viewer.GetStringAsync(page);
        var again = await admin.GetStringAsync(page);

        var amounts = Amounts(full);
        if (page != Contoso + "/requirements")
        {
            Assert.NotEmpty(amounts); // the admin's page has revenue values to hide
        }

        Assert.All(amounts, amount => Assert.DoesNotContain(amount, report, StringComparison.Ordinal));
        Assert.DoesNotContain("Revenue", report, StringComparison.Ordinal);
        Assert.All(people, name => Assert.DoesNotContain(name, report, StringComparison.Ordinal));
        Assert.Equal(Amounts(full), Amounts(again)); // and the admin still sees them after the viewer's visit
        Assert.Contains("Contoso Learning Ltd", report);
    }

    [Fact]
    public async Task TheOverviewCountsTrainersForTheViewerInsteadOfNamingThem()
    {
        using var admin = await factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var viewer = await factory.SignedInClientAsync(Personas.ContosoViewer);
        var people = await ContosoPeopleAsync();

        var full = await admin.GetStringAsync(Contoso);
        var report = await viewer.GetStringAsync(Contoso);

        Assert.Contains(people, name => full.Contains(name, StringComparison.Ordinal));
        Assert.Matches(@"\d+ trainers, \d+ counted today \(verified and valid\)\.", report);
        Assert.DoesNotContain("Manage trainers", report);
        Assert.DoesNotContain("/partners/4100001/trainers", report); // not in the menu either
        Assert.Contains("/partners/4100001/trainers", full);
    }

    [Theory]
    [InlineData(Contoso + "/kpis/export.csv")]
    [InlineData(Contoso + "/kpis/2026-10/export.csv")]
    public async Task AnExportHasNoRevenueColumnForTheViewer(string export)
    {
        using var admin = await factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var viewer = await factory.SignedInClientAsync(Personas.ContosoViewer);

        var full = await admin.GetStringAsync(export);
        var report = await viewer.GetStringAsync(export);

        Assert.Contains(",Revenue,Currency", full);
        Assert.DoesNotContain("Revenue", report);
        Assert.DoesNotContain("Currency", report);
        Assert.Contains("KpiValue", report);
        // Same rows, two columns fewer.
        Assert.Equal(full.Split('\n').Length, report.Split('\n').Length);
    }

    [Fact]
    public async Task TheApiAnswersTheViewerWithoutRevenue()
    {
        using var admin = await factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var viewer = await factory.SignedInClientAsync(Personas.ContosoViewer);

        var full = await admin.GetStringAsync("/api/v1/partners/4100001/kpi-report");
        var report = await viewer.GetStringAsync("/api/v1/partners/4100001/kpi-report");

        Assert.Contains("\"revenue\":{", full);
        Assert.DoesNotContain("revenue", report, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"kpi\":", report);
    }

    [Theory]
    [InlineData(Contoso + "/trainers")]
    [InlineData(Contoso + "/exams")]
    [InlineData(Contoso + "/held-invoices")]
    [InlineData(Contoso + "/cases")]
    [InlineData(Contoso + "/orders")]
    [InlineData(Contoso + "/enroll")]
    public async Task PagesWithPeopleOrRevenueAreClosedToTheViewer(string page)
    {
        using var viewer = await factory.SignedInClientAsync(Personas.ContosoViewer);

        using var response = await viewer.GetAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location?.OriginalString);
    }

    /// <summary>Contoso's trainers' names and emails and its exam passers' names, from the database.</summary>
    private Task<List<string>> ContosoPeopleAsync() => factory.WithDbAsync(async db =>
    {
        var organisation = await db.PartnerOrganisations.Where(o => o.PartnerId == "4100001").Select(o => o.Id).SingleAsync();
        var trainers = await db.Trainers.Where(t => t.PartnerOrganisationId == organisation).Select(t => t.Name).ToListAsync();
        var passers = await db.ExamPasses.Where(p => p.PartnerOrganisationId == organisation).Select(p => p.PersonName).ToListAsync();
        return trainers.Concat(passers).Where(n => n.Length > 3).Distinct().ToList();
    });

    /// <summary>The money values a page shows (the revenue cells and figures).</summary>
    private static List<string> Amounts(string html) =>
        MoneyPattern().Matches(html).Select(m => m.Groups[1].Value.Trim()).Where(a => a.Length > 0 && a != "—").Distinct().ToList();

    [GeneratedRegex("class=\"(?:num )?money\">([^<]+)<")]
    private static partial Regex MoneyPattern();
}
