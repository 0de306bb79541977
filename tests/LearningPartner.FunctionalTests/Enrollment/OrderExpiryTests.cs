using System.Net;
using LearningPartner.Domain.Orders;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Enrollment;

/// <summary>R-FEE-2: an unpaid order expires on its date, derived when read. Its own factory: it moves the clock.</summary>
public sealed class OrderExpiryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task TheDemoOrderExpiresOnItsDateAndFreesTheOption()
    {
        // Demo: Contoso's silver Security order was placed on 2026-10-31 and expires on 2026-11-30 (today + 5).
        using (var support = await factory.SignedInClientAsync(Personas.Support))
        using (var before = await factory.SignedInClientAsync(Personas.ContosoAdmin))
        {
            Assert.Contains("LP2611-DEMO0001", await support.GetStringAsync("/staff/payments")); // about to expire
            Assert.Contains("Pending payment", await before.GetStringAsync("/partners/4100001/orders/1"));
        }

        factory.Clock.Advance(TimeSpan.FromDays(5)); // 2026-11-30: expired, whatever any job did
        using var admin = await factory.SignedInClientAsync(Personas.ContosoAdmin); // the 8-hour session ended meanwhile

        var page = WebUtility.HtmlDecode(await admin.GetStringAsync("/partners/4100001/orders/1"));
        Assert.Contains("Expired", page);
        Assert.DoesNotContain("Upload proof of payment", page);
        using var upload = await EnrollmentFlow.UploadProofAsync(admin, "4100001", 1, PageValues.PdfProof, "late.pdf");
        Assert.Contains("does not take a proof of payment now", WebUtility.HtmlDecode(await upload.Content.ReadAsStringAsync()));

        // A new order for the same option replaces the expired one.
        var newOrder = await EnrollmentFlow.PlaceOrderAsync(admin, "4100001", "silver/SECURITY");
        Assert.NotEqual(1, newOrder);
        Assert.Equal(OrderStatus.Cancelled, await factory.WithDbAsync(db => db.Orders.Where(o => o.Id == 1).Select(o => o.Status).SingleAsync()));
        Assert.Contains("2026-12-30", WebUtility.HtmlDecode(await admin.GetStringAsync($"/partners/4100001/orders/{newOrder}")));
    }
}
