using System.Net;
using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Programs;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Requirements;

/// <summary>The requirements checklist on the real rule sets and demo data, today being 2026-11-25 (FY2027).</summary>
public sealed class RequirementsPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ShowsTheRuleSetAndWindowOfTheEvaluationDate()
    {
        using var client = await factory.SignedInClientAsync(Personas.ContosoAdmin);

        var html = Decode(await client.GetStringAsync("/partners/4100001/requirements"));

        Assert.Contains(">FY2027<", html);
        Assert.Contains("2025-11 … 2026-10", html); // R-KPI-7: the 12 complete months before November 2026
        Assert.Contains("Cloud Platform", html);
        Assert.Contains("R-LAP-1", html);
        Assert.Contains("R-SLV-1", html);
        Assert.Contains("R-GLD-1", html);
    }

    [Fact]
    public async Task ShowsTheOptionsHeldWithTheirStateOnTheDate()
    {
        // Demo: Contoso's silver Cloud Platform was activated 300 days before today; Fabrikam's silver Security
        // 430 days before, so its AD passed 65 days ago and 30 days of grace are over.
        using var contoso = await factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var fabrikam = await factory.SignedInClientAsync(Personas.FabrikamAdmin);

        var contosoHtml = Decode(await contoso.GetStringAsync("/partners/4100001/requirements"));
        var fabrikamHtml = Decode(await fabrikam.GetStringAsync("/partners/4100002/requirements"));

        Assert.Contains("Silver · Cloud Platform", contosoHtml);
        Assert.Contains("2026-01-29", contosoHtml); // activation: 2026-11-25 − 300 days
        Assert.Contains("2027-01-29", contosoHtml); // its anniversary a year later
        Assert.Contains("state-active", contosoHtml);
        Assert.Contains("state-lapsed", fabrikamHtml);
        Assert.Contains("2025-09-21", fabrikamHtml); // activation: 2026-11-25 − 430 days
        Assert.Contains("2026-09-21", fabrikamHtml); // its AD, 65 days before today
        Assert.Contains("2026-10-20", fabrikamHtml); // the last day of its 30 days of grace
    }

    [Fact]
    public async Task ADateWithoutARuleSetIsRefusedClearly()
    {
        using var client = await factory.SignedInClientAsync(Personas.ContosoAdmin);

        var html = Decode(await client.GetStringAsync("/partners/4100001/requirements?asOf=2023-03-01"));

        Assert.Contains("No program-year rule set covers 2023-03-01 (program year FY2023)", html);
        Assert.DoesNotContain("R-SLV-1", html);
    }

    [Fact]
    public async Task AnUnreadableDateGetsAMessageBesideTheField()
    {
        using var client = await factory.SignedInClientAsync(Personas.ContosoAdmin);

        using var response = await client.GetAsync("/partners/4100001/requirements?asOf=31.01.2026");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter the date as YYYY-MM-DD, for example 2026-01-31.", Decode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task APartnerWithoutTrainersQualifiesForNothingYet()
    {
        // Adatum Educação (4100006) has no MCT: not even the Learning Action Pack (R-LAP-1).
        using var client = await factory.SignedInClientAsync(Personas.Support);

        var html = Decode(await client.GetStringAsync("/partners/4100006/requirements"));

        Assert.Contains("None yet", html);
    }

    [Fact]
    public async Task AnExtendedAnniversaryShowsTheExtensionAndItsReason()
    {
        // R-EXT-1: a silver AD of 2021-03-01 moves to 2021-09-01 (the source's window, all but Cloud Business Applications).
        await factory.WithDbAsync(async db =>
        {
            var tailspin = await db.PartnerOrganisations.SingleAsync(o => o.PartnerId == "4100004");
            var enrollment = new Domain.Enrollments.Enrollment(tailspin.Id, LearningLevel.Silver, "DATA-PLATFORM", PortalFactory.Now);
            enrollment.Activate(new DateOnly(2020, 3, 1));
            db.Enrollments.Add(enrollment);
            return await db.SaveChangesAsync();
        });
        using var client = await factory.SignedInClientAsync(Personas.Support);

        var html = Decode(await client.GetStringAsync("/partners/4100004/requirements?asOf=2021-03-15"));

        Assert.Contains("Extended from 2021-03-01 by 6 months", html);
        Assert.Contains("2021-09-01", html);
        Assert.Contains("except Cloud Business Applications", html);
        Assert.Contains(">FY2021<", html);
    }

    [Fact]
    public async Task StaffSeeWhichRuleSetsAreLoaded()
    {
        using var client = await factory.SignedInClientAsync(Personas.Editor);

        var html = Decode(await client.GetStringAsync("/staff/rule-sets"));
        var document = await client.GetStringAsync("/staff/rule-sets/FY2021/2");

        foreach (var year in new[] { "FY2019", "FY2020", "FY2021", "FY2022", "FY2025", "FY2026", "FY2027", "FY2028" })
        {
            Assert.Contains(year, html);
        }

        Assert.Contains("In force today", html);
        Assert.Contains("2021 competency extension", document);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/staff/rule-sets/FY2023/1")).StatusCode);
    }

    private static string Decode(string html) => WebUtility.HtmlDecode(html);
}
