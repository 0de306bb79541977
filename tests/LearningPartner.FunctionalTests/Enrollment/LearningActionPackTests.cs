using System.Net;
using LearningPartner.Domain.Notifications;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Enrollment;

/// <summary>R-LAP-1..3: Fabrikam (2 valid MCTs, no option held) takes the Learning Action Pack.</summary>
public sealed class LearningActionPackTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ConfirmedLapIsMarketplacePendingUntilSupportSetsUpTheProfile()
    {
        using var admin = await factory.SignedInClientAsync(Personas.FabrikamAdmin);
        using var support = await factory.SignedInClientAsync(Personas.Support);

        var orderId = await EnrollmentFlow.PlaceOrderAsync(admin, Personas.FabrikamPartnerId, "lap");
        Assert.Contains("462.00 EUR", WebUtility.HtmlDecode(await admin.GetStringAsync($"/partners/4100002/orders/{orderId}"))); // 440 × 1.05
        using var upload = await EnrollmentFlow.UploadProofAsync(admin, Personas.FabrikamPartnerId, orderId, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], "transfer.png");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var paymentId = await factory.WithDbAsync(db => db.Payments.Where(p => p.OrderId == orderId).Select(p => p.Id).SingleAsync());

        // The proof is served with the type found in its content, to its organisation and to support only.
        using (var download = await support.GetAsync($"/staff/payments/{paymentId}/proof"))
        using (var own = await admin.GetAsync($"/partners/4100002/orders/payments/{paymentId}/proof"))
        using (var contoso = await factory.SignedInClientAsync(Personas.ContosoAdmin))
        using (var other = await contoso.GetAsync($"/partners/4100001/orders/payments/{paymentId}/proof"))
        {
            Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        }

        using var confirm = await EnrollmentFlow.ConfirmAsync(support, paymentId);

        // R-LAP-2/3: active, marketplace access pending, and the profile request is in support's queue.
        Assert.Contains("state-marketplaceaccesspending", await admin.GetStringAsync("/partners/4100002/requirements"));
        var queue = WebUtility.HtmlDecode(await support.GetStringAsync("/staff/payments"));
        Assert.Contains("Fabrikam Training GmbH", queue);
        var enrollmentId = await factory.WithDbAsync(db => db.Orders.Where(o => o.Id == orderId).Select(o => o.EnrollmentId).SingleAsync());

        using var complete = await support.PostFormAsync("/staff/payments", $"/staff/payments/marketplace/{enrollmentId}/complete");
        Assert.Equal(HttpStatusCode.Redirect, complete.StatusCode);

        var after = await admin.GetStringAsync("/partners/4100002/requirements");
        Assert.DoesNotContain("state-marketplaceaccesspending", after);
        Assert.Contains("state-active", after);
        var actions = await factory.WithDbAsync(db => db.AuditEntries.Select(a => a.Action).ToListAsync());
        Assert.Contains("MarketplaceProfileRequested", actions);
        Assert.Contains("MarketplaceProfileCompleted", actions);
        // R-LAP-3: Fabrikam is told, saved with the completion (confirmed and completed on 2026-11-25: AD 2027-11-25).
        var notices = await factory.WithDbAsync(db => db.PartnerNotifications.AsNoTracking()
            .Where(n => n.Kind == NoticeKind.MarketplaceProfileReady).Select(n => n.Facts).ToListAsync());
        Assert.Equal([new MarketplaceProfileFacts(new DateOnly(2026, 11, 25), new DateOnly(2027, 11, 25))],
            notices.Select(f => MarketplaceProfileFacts.FromJson(f!)));
        Assert.Contains(">Your Courseware Marketplace profile is set up: your Learning Action Pack is fully active</a>",
            WebUtility.HtmlDecode(await admin.GetStringAsync("/partners/4100002")));
    }
}
