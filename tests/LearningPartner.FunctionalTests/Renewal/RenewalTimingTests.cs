using System.Net;
using LearningPartner.Domain.Orders;
using LearningPartner.Domain.Programs;
using LearningPartner.FunctionalTests.Enrollment;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Renewal;

/// <summary>R-RNW-1 over time (each test its own database: they move the clock).</summary>
public sealed class RenewalAtTheSameLevelTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ASilverRenewedLateInGraceMovesItsAnniversaryByOneYear()
    {
        // Contoso's silver Cloud Platform: AD 2027-01-29; renewed on 2027-02-20, three weeks into grace.
        using (var seeded = await factory.SignedInClientAsync(Personas.Support))
        {
            Assert.Contains("Contoso", await seeded.GetStringAsync("/staff/partners"));
        }

        factory.Clock.SetUtcNow(new DateTimeOffset(2027, 2, 20, 9, 0, 0, TimeSpan.Zero));
        using var admin = await factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = await factory.SignedInClientAsync(Personas.Support);
        var silver = await RenewalFlow.EnrollmentIdAsync(factory, "4100001", LearningLevel.Silver, "CLOUD-PLATFORM");
        Assert.Contains("Renewal at Silver", WebUtility.HtmlDecode(await admin.GetStringAsync($"/partners/4100001/renew/{silver}")));

        var paymentId = await RenewalFlow.PayAsync(factory, admin, "4100001", await RenewalFlow.OrderAsync(admin, "4100001", silver));
        using var confirm = await EnrollmentFlow.ConfirmAsync(support, paymentId);

        Assert.Equal(new DateOnly(2028, 1, 29), await factory.WithDbAsync(db => db.Enrollments.Where(e => e.Id == silver).Select(e => e.AnniversaryDate).SingleAsync()));
        Assert.Contains("state-active", await admin.GetStringAsync("/partners/4100001"));
    }
}

public sealed class RenewalLapseTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ARenewalNotConfirmedByTheEndOfGraceLapsesWithItsOption()
    {
        using var admin = await factory.SignedInClientAsync(Personas.WoodgroveAdmin);
        var gold = await RenewalFlow.EnrollmentIdAsync(factory, "4100005", LearningLevel.Gold, "DATA-PLATFORM");
        var paymentId = await RenewalFlow.PayAsync(factory, admin, "4100005", await RenewalFlow.OrderAsync(admin, "4100005", gold));

        // Grace ends after 2026-12-09; on 2026-12-10 support tries to confirm.
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 10, 9, 0, 0, TimeSpan.Zero));
        using var support = await factory.SignedInClientAsync(Personas.Support);
        using var confirm = await EnrollmentFlow.ConfirmAsync(support, paymentId);

        Assert.Contains("expired on 2026-12-10 and can no longer be paid", WebUtility.HtmlDecode(await support.GetStringAsync("/staff/payments")));
        var order = await factory.WithDbAsync(db => db.Orders.AsNoTracking().SingleAsync(o => o.Kind == OrderKind.Renewal));
        Assert.Equal(OrderStatus.PendingPayment, order.Status);
        Assert.True(order.IsExpiredOn(new DateOnly(2026, 12, 10)));
        using var later = await factory.SignedInClientAsync(Personas.WoodgroveAdmin);
        var overview = WebUtility.HtmlDecode(await later.GetStringAsync("/partners/4100005"));
        Assert.Contains("state-lapsed", overview);
        Assert.Contains("The option lapsed at the end of its grace period", WebUtility.HtmlDecode(await later.GetStringAsync($"/partners/4100005/renew/{gold}")));
    }
}
