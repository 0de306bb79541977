using System.Net;
using LearningPartner.Domain.Orders;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Enrollment;

/// <summary>
/// R-FEE-3 (Partner Center: an order that expired after its payment was made is re-created without paying again). Demo:
/// Contoso's order 1, silver Security, expires on 2026-11-30. Its proof is uploaded on 2026-11-25; support has not decided by
/// 2026-12-01. Each test has its own portal: they move the clock.
/// </summary>
public sealed class OrderRecreateTests
{
    private const string OrderPage = "/partners/4100001/orders/1";

    [Fact]
    public async Task AnOrderThatExpiredWithItsProofBeforeSupportIsRecreatedAndKeepsTheProof()
    {
        using var factory = new PortalFactory();
        await UploadAsync(factory);
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        using var admin = await factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = await factory.SignedInClientAsync(Personas.Support);
        Assert.Contains("Re-create order", await admin.GetStringAsync(OrderPage));

        using var response = await admin.PostFormAsync(OrderPage, $"{OrderPage}/recreate");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var newOrder = PageValues.IdFromLocation(response);
        var reference = await factory.WithDbAsync(db => db.Orders.Where(o => o.Id == newOrder).Select(o => o.PaymentReference).SingleAsync());
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync($"/partners/4100001/orders/{newOrder}"));
        Assert.Contains("your proof of payment moved to it and awaits confirmation", page);
        Assert.Contains("Proof received, awaiting confirmation", page);
        Assert.Contains("transfer.pdf", page);
        Assert.Contains("2026-12-31", page); // expires 30 days after 2026-12-01 (R-FEE-2)
        Assert.Contains("Expired", WebUtility.HtmlDecode(await admin.GetStringAsync(OrderPage))); // the old one, for the record
        Assert.Contains(reference, await support.GetStringAsync("/staff/payments"));

        // One proof, now on the new order: support confirms it, with no second upload.
        var paymentId = await factory.WithDbAsync(db => db.Payments.Where(p => p.OrderId == newOrder).Select(p => p.Id).SingleAsync());
        Assert.Equal(1, await factory.WithDbAsync(db => db.Payments.CountAsync(p => p.OrderId == 1 || p.OrderId == newOrder)));
        using (var confirmed = await EnrollmentFlow.ConfirmAsync(support, paymentId))
        {
            Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        }

        Assert.Equal(OrderStatus.Paid, await factory.WithDbAsync(db => db.Orders.Where(o => o.Id == newOrder).Select(o => o.Status).SingleAsync()));
        Assert.Equal(OrderStatus.PendingPayment, await factory.WithDbAsync(db => db.Orders.Where(o => o.Id == 1).Select(o => o.Status).SingleAsync()));
        var actions = await factory.WithDbAsync(db => db.AuditEntries.Select(a => a.Action).ToListAsync());
        Assert.Contains("OrderRecreated", actions);
        Assert.Contains("PaymentProofMoved", actions);
    }

    [Fact]
    public async Task TwoRecreationsAtOnceMakeOneOrder()
    {
        using var factory = new PortalFactory();
        await UploadAsync(factory);
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        using var admin = await factory.SignedInClientAsync(Personas.ContosoAdmin);
        var forms = new[] { await FormAsync(admin), await FormAsync(admin) };

        var responses = await Task.WhenAll(forms.Select(f => admin.PostAsync($"{OrderPage}/recreate", f)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Single(responses.Select(PageValues.IdFromLocation).Distinct());
        Assert.Equal(2, await factory.WithDbAsync(db => db.Orders.CountAsync(o => o.PartnerOrganisationId == 1 && o.CompetencyCode == "SECURITY"
            && o.Level == Domain.Programs.LearningLevel.Silver)));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task AnOrderThatExpiredWithoutAProofOrIsNotExpiredIsNotRecreated()
    {
        using var factory = new PortalFactory();
        using (var before = await factory.SignedInClientAsync(Personas.ContosoAdmin))
        using (var early = await before.PostFormAsync(OrderPage, $"{OrderPage}/recreate"))
        {
            Assert.Contains("Only an expired order whose proof of payment", WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync()));
        }

        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        using var admin = await factory.SignedInClientAsync(Personas.ContosoAdmin);
        Assert.DoesNotContain("Re-create order", await admin.GetStringAsync(OrderPage));
        using var unpaid = await admin.PostFormAsync(OrderPage, $"{OrderPage}/recreate");

        Assert.Contains("Only an expired order whose proof of payment", WebUtility.HtmlDecode(await unpaid.Content.ReadAsStringAsync()));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Orders.CountAsync(o => o.PartnerOrganisationId == 1 && o.CompetencyCode == "SECURITY")));
    }

    private static async Task UploadAsync(PortalFactory factory)
    {
        using var admin = await factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var upload = await EnrollmentFlow.UploadProofAsync(admin, "4100001", 1, PageValues.PdfProof, "transfer.pdf");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
    }

    private static async Task<FormUrlEncodedContent> FormAsync(HttpClient client) =>
        new([new KeyValuePair<string, string>("__RequestVerificationToken", await client.GetAntiforgeryTokenAsync(OrderPage))]);
}
