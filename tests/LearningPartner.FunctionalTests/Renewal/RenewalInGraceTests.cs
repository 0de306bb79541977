using System.Net;
using LearningPartner.Domain.Orders;
using LearningPartner.Domain.Programs;
using LearningPartner.FunctionalTests.Enrollment;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Renewal;

/// <summary>
/// R-RNW-1, R-GLD-2, R-DATE-3 on the demo world of 2026-11-25: Woodgrove's gold Data Platform (AD 2026-11-10, in
/// grace through 2026-12-09) meets only silver on its AD (the overview's forecast says 13.25 courseware KPI short).
/// </summary>
public sealed class RenewalInGraceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AGoldHolderMeetingOnlySilverStepsDownAndKeepsItsAnniversarySequence()
    {
        using var admin = await factory.SignedInClientAsync(Personas.WoodgroveAdmin);
        using var support = await factory.SignedInClientAsync(Personas.Support);
        var gold = await RenewalFlow.EnrollmentIdAsync(factory, "4100005", LearningLevel.Gold, "DATA-PLATFORM");

        var page = WebUtility.HtmlDecode(await admin.GetStringAsync($"/partners/4100005/renew/{gold}"));
        Assert.Contains("Renewal at Silver", page);
        Assert.Contains("only Silver is met, so the option steps down to it.", page);
        Assert.Contains("FY2027 rule set", page);                  // the AD's program year (R-PRG-1)
        Assert.Contains("1,375.50 GBP", page);                     // FY2027 sample silver fee: 1,310 × 1.05
        Assert.Contains("the next anniversary date is 2027-11-10", page);

        var paymentId = await RenewalFlow.PayAsync(factory, admin, "4100005", await RenewalFlow.OrderAsync(admin, "4100005", gold));
        using var confirm = await EnrollmentFlow.ConfirmAsync(support, paymentId);
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);

        // Paid on 2026-11-25, late in grace: the AD sequence is kept (old AD + 1 year), at silver.
        var enrollments = await factory.WithDbAsync(db => db.Enrollments.AsNoTracking()
            .Where(e => e.PartnerOrganisationId == 5 && e.CompetencyCode == "DATA-PLATFORM").ToListAsync());
        var ended = Assert.Single(enrollments, e => e.Level == LearningLevel.Gold);
        var silver = Assert.Single(enrollments, e => e.Level == LearningLevel.Silver);
        Assert.Equal(new DateOnly(2026, 11, 10), ended.EndedOn);
        Assert.Equal(new DateOnly(2026, 11, 10), silver.ActivationDate);
        Assert.Equal(new DateOnly(2027, 11, 10), silver.AnniversaryDate);
        var overview = WebUtility.HtmlDecode(await admin.GetStringAsync("/partners/4100005"));
        Assert.Contains("state-active", overview);
        Assert.Contains("2027-11-10", overview);
        Assert.Contains("Renewed at a lower level", overview); // the gold row: stepped down, not replaced by an upgrade
        Assert.DoesNotContain("Replaced by gold", overview);
    }

    [Fact]
    public async Task AnExpiredOrderForTheLevelSteppedDownToDoesNotBlockTheRenewal()
    {
        // R-FEE-2: Woodgrove ordered silver Data Platform on 2026-01-05 and never paid; the order expired on 2026-02-04 but
        // its row still holds the option's open-order key. The step-down renewal to silver cancels it and is placed.
        using var portal = new PortalFactory(); // its own demo world: the class's other test renews this gold too
        var expired = await portal.WithDbAsync(async db =>
        {
            var enrollment = new Domain.Enrollments.Enrollment(5, LearningLevel.Silver, "DATA-PLATFORM", PortalFactory.Now.AddMonths(-11));
            db.Enrollments.Add(enrollment);
            await db.SaveChangesAsync();
            var order = new Order(5, enrollment.Id, OrderKind.NewEnrollment, LearningLevel.Silver, new Domain.Common.Money(1310m, "GBP"),
                "LP-2026-EXPIRED", "expired-order-test", new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero), new DateOnly(2026, 2, 4),
                "DATA-PLATFORM");
            db.Orders.Add(order);
            await db.SaveChangesAsync();
            return order.Id;
        });
        using var admin = await portal.SignedInClientAsync(Personas.WoodgroveAdmin);
        var gold = await RenewalFlow.EnrollmentIdAsync(portal, "4100005", LearningLevel.Gold, "DATA-PLATFORM");

        using var ordered = await RenewalFlow.OrderAsync(admin, "4100005", gold);

        Assert.Equal(HttpStatusCode.Redirect, ordered.StatusCode);
        var orders = await portal.WithDbAsync(db => db.Orders.AsNoTracking().Where(o => o.PartnerOrganisationId == 5 && o.Level == LearningLevel.Silver)
            .Select(o => new { o.Id, o.Kind, o.Status }).ToListAsync());
        Assert.Equal(OrderStatus.Cancelled, Assert.Single(orders, o => o.Id == expired).Status);
        Assert.Equal(OrderStatus.PendingPayment, Assert.Single(orders, o => o.Kind == OrderKind.Renewal).Status);
        Assert.True(await portal.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "OrderExpired" && a.EntityId == expired.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task RenewalDoesNotOpenBeforeTheAnniversary()
    {
        using var admin = await factory.SignedInClientAsync(Personas.ContosoAdmin);
        var silver = await RenewalFlow.EnrollmentIdAsync(factory, "4100001", LearningLevel.Silver, "CLOUD-PLATFORM");

        var page = WebUtility.HtmlDecode(await admin.GetStringAsync($"/partners/4100001/renew/{silver}"));
        using var forced = await admin.PostFormAsync($"/partners/4100001/renew/{silver}", $"/partners/4100001/renew/{silver}",
            ("RequestKey", Guid.NewGuid().ToString()));

        Assert.Contains("Renewal opens on the anniversary date, 2027-01-29.", page);
        Assert.Equal(HttpStatusCode.Conflict, forced.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Orders.CountAsync(o => o.Kind == OrderKind.Renewal && o.EnrollmentId == silver)));
    }

    [Fact]
    public async Task AnotherOrganisationsRenewalAnswers404()
    {
        using var fabrikam = await factory.SignedInClientAsync(Personas.FabrikamAdmin);
        var gold = await RenewalFlow.EnrollmentIdAsync(factory, "4100005", LearningLevel.Gold, "DATA-PLATFORM");

        Assert.Equal(HttpStatusCode.NotFound, (await fabrikam.GetAsync($"/partners/4100005/renew/{gold}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fabrikam.GetAsync($"/partners/4100002/renew/{gold}")).StatusCode);
    }
}
