using System.Net;
using LearningPartner.Domain.Programs;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Overview;

/// <summary>
/// Issue 6's overview on the demo world of 2026-11-25, dates worked out by hand from the seeded activations:
/// Woodgrove gold 380 days ago (2025-11-10 → AD 2026-11-10, in grace through 2026-12-09), Fabrikam silver
/// 430 days ago (AD 2026-09-21, lapsed since 2026-10-21), Contoso silver 300 days ago (AD 2027-01-29).
/// </summary>
public sealed class PartnerOverviewTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task EachOptionShowsItsStateDatesAndNextStep()
    {
        using var support = await factory.SignedInClientAsync(Personas.Support);

        var woodgrove = WebUtility.HtmlDecode(await support.GetStringAsync("/partners/4100005"));
        var fabrikam = WebUtility.HtmlDecode(await support.GetStringAsync("/partners/4100002"));

        Assert.Contains("state-ingrace", woodgrove);
        Assert.Contains("Gold · Data Platform is in its grace period: renew by 2026-12-09, or it lapses.", woodgrove); // the grace banner
        Assert.Contains("2026-11-10", woodgrove);
        Assert.Contains("the grace period ends after 2026-12-09", woodgrove);
        Assert.Contains("state-lapsed", fabrikam);
        Assert.Contains("The option lapsed; you can enroll anew.", fabrikam);
    }

    [Fact]
    public async Task ARenewalForecastUsesTheAnniversarysWindow()
    {
        using var admin = await factory.SignedInClientAsync(Personas.ContosoAdmin);

        var html = WebUtility.HtmlDecode(await admin.GetStringAsync("/partners/4100001"));

        // AD 2027-01-29: requirements must be met by the end of December 2026 (R-KPI-7, R-RNW-1).
        Assert.Contains("Renewal opens on the anniversary date, 2027-01-29.", html);
        Assert.Contains("KPIs recorded so far in 2026-01 … 2026-12", html);
        Assert.Contains("Renewal forecast", html);
    }

    [Fact]
    public async Task TheTrainersPageSaysWhatALeavingTrainerWouldTakeWithThem()
    {
        // Fabrikam has exactly 2 valid MCTs; give it an active silver Security option (needs 2 MCTs in FY2027).
        await factory.WithDbAsync(async db =>
        {
            var enrollment = new Domain.Enrollments.Enrollment(2, LearningLevel.Silver, "SECURITY", PortalFactory.Now);
            enrollment.Activate(new DateOnly(2026, 11, 15));
            db.Enrollments.Add(enrollment);
            return await db.SaveChangesAsync();
        });
        using var admin = await factory.SignedInClientAsync(Personas.FabrikamAdmin);

        var html = WebUtility.HtmlDecode(await admin.GetStringAsync("/partners/4100002/trainers"));

        // Each of the two: silver no longer met today (1 of 2 MCTs), nor at the renewal on 2027-11-15.
        Assert.Equal(2, html.Split("Silver · Security: no longer met today on 2026-11-25 (1 of 2)").Length - 1);
        Assert.Equal(2, html.Split("Silver · Security: not met at the renewal on 2027-11-15 (1 of 2)").Length - 1);
    }
}
