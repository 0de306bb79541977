using System.Net;
using LearningPartner.Domain.Orders;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Enrollment;

/// <summary>
/// R-FEE-3: a partner admin cancels a pending order; the option can then be ordered again, and one open order per option
/// still holds (the unique open-order key). Demo: Contoso's order 1, silver Security, placed 2026-10-31, pending until
/// 2026-11-30. Each test has its own portal: they cancel the same order.
/// </summary>
public sealed class OrderCancelTests
{
    private const string Contoso = Personas.ContosoPartnerId;
    private const string OrderPage = "/partners/4100001/orders/1";

    [Fact]
    public async Task APartnerAdminCancelsAPendingOrderAndOrdersTheOptionAgain()
    {
        using var factory = new PortalFactory();
        using var admin = await factory.SignedInClientAsync(Personas.ContosoAdmin);
        Assert.Contains("Cancel order", await admin.GetStringAsync(OrderPage));

        using var cancelled = await CancelAsync(admin, OrderPage);

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(OrderPage));
        Assert.Contains("The order was cancelled. You can order the option again.", page);
        Assert.Contains("Cancelled", page);
        Assert.DoesNotContain("Upload proof of payment", page);
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "OrderCancelled" && a.EntityId == "1")));

        var again = await EnrollmentFlow.PlaceOrderAsync(admin, Contoso, "silver/SECURITY");
        Assert.NotEqual(1, again);
        Assert.Contains("Pending payment", await admin.GetStringAsync($"/partners/{Contoso}/orders/{again}"));
        Assert.Contains("Order cancelled", WebUtility.HtmlDecode(await admin.GetStringAsync($"/partners/{Contoso}/activity")));
    }

    [Fact]
    public async Task AMemberCannotCancelAndAnotherOrganisationsOrderIsNotFound()
    {
        using var factory = new PortalFactory();
        using var member = await factory.SignedInClientAsync(Personas.ContosoUser);
        using var fabrikam = await factory.SignedInClientAsync(Personas.FabrikamAdmin);
        Assert.DoesNotContain("Cancel order", await member.GetStringAsync(OrderPage));

        using var byMember = await member.PostFormAsync(OrderPage, $"{OrderPage}/cancel");
        // Fabrikam's admin names Contoso's order under Fabrikam's own partner id.
        using var byFabrikam = await fabrikam.PostFormAsync($"/partners/{Personas.FabrikamPartnerId}/orders",
            $"/partners/{Personas.FabrikamPartnerId}/orders/1/cancel");

        Assert.Contains("/account/access-denied", byMember.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, byFabrikam.StatusCode);
        Assert.Equal(OrderStatus.PendingPayment, await StatusAsync(factory, 1));
    }

    [Fact]
    public async Task AnOrderWhoseProofIsWithSupportOrThatIsPaidIsNotCancelled()
    {
        using var factory = new PortalFactory();
        using var admin = await factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = await factory.SignedInClientAsync(Personas.Support);
        using (var upload = await EnrollmentFlow.UploadProofAsync(admin, Contoso, 1, PageValues.PdfProof, "transfer.pdf"))
        {
            Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        }

        Assert.DoesNotContain("Cancel order", await admin.GetStringAsync(OrderPage));
        using (var withProof = await CancelAsync(admin, OrderPage))
        {
            Assert.Contains("Your proof of payment is with support", WebUtility.HtmlDecode(await withProof.Content.ReadAsStringAsync()));
        }

        var paymentId = await factory.WithDbAsync(db => db.Payments.Where(p => p.OrderId == 1).Select(p => p.Id).SingleAsync());
        using (var confirmed = await EnrollmentFlow.ConfirmAsync(support, paymentId))
        {
            Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        }

        using var paid = await CancelAsync(admin, OrderPage);

        Assert.Contains("This order is no longer waiting for payment.", WebUtility.HtmlDecode(await paid.Content.ReadAsStringAsync()));
        Assert.Equal(OrderStatus.Paid, await StatusAsync(factory, 1));
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "OrderCancelled")));
    }

    [Fact]
    public async Task TwoCancelsAtOnceCancelOnceAndTwoReordersAtOnceMakeOneOpenOrder()
    {
        using var factory = new PortalFactory();
        _ = factory.Server; // started before the race
        using var admin = await factory.SignedInClientAsync(Personas.ContosoAdmin);

        // Two tabs of the order page, sent together: the order's version lets one through.
        var cancelForms = new[] { await FormAsync(admin, OrderPage), await FormAsync(admin, OrderPage) };
        var cancels = await Task.WhenAll(cancelForms.Select(f => admin.PostAsync($"{OrderPage}/cancel", f)));
        Assert.All(cancels, r => Assert.NotEqual(HttpStatusCode.InternalServerError, r.StatusCode));
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "OrderCancelled" && a.EntityId == "1")));

        // Two tabs of the option's page, each with its own request key: the unique open-order key lets one order through.
        var option = $"/partners/{Contoso}/enroll/silver/SECURITY";
        var orderForms = new[] { await OrderFormAsync(admin, option), await OrderFormAsync(admin, option) };
        var orders = await Task.WhenAll(orderForms.Select(f => admin.PostAsync($"/partners/{Contoso}/enroll/order", f)));

        Assert.All(orders, r => Assert.NotEqual(HttpStatusCode.InternalServerError, r.StatusCode));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Orders.CountAsync(o => o.PartnerOrganisationId == 1 && o.OpenOptionKey != null
            && o.Level == Domain.Programs.LearningLevel.Silver && o.CompetencyCode == "SECURITY")));
        Assert.Equal(2, await factory.WithDbAsync(db => db.Orders.CountAsync(o => o.PartnerOrganisationId == 1
            && o.Level == Domain.Programs.LearningLevel.Silver && o.CompetencyCode == "SECURITY")));
        foreach (var response in cancels.Concat(orders))
        {
            response.Dispose();
        }
    }

    private static Task<HttpResponseMessage> CancelAsync(HttpClient admin, string orderPage) =>
        admin.PostFormAsync(orderPage, $"{orderPage}/cancel");

    private static Task<OrderStatus> StatusAsync(PortalFactory factory, int orderId) =>
        factory.WithDbAsync(db => db.Orders.Where(o => o.Id == orderId).Select(o => o.Status).SingleAsync());

    private static async Task<FormUrlEncodedContent> FormAsync(HttpClient client, string page) =>
        new([new KeyValuePair<string, string>("__RequestVerificationToken", await client.GetAntiforgeryTokenAsync(page))]);

    private static async Task<FormUrlEncodedContent> OrderFormAsync(HttpClient client, string page) =>
        new([
            new KeyValuePair<string, string>("Level", "Silver"), new KeyValuePair<string, string>("Competency", "SECURITY"),
            new KeyValuePair<string, string>("ConfirmPerformance", "true"),
            new KeyValuePair<string, string>("RequestKey", await client.HiddenValueAsync(page, "RequestKey")),
            new KeyValuePair<string, string>("__RequestVerificationToken", await client.GetAntiforgeryTokenAsync(page)),
        ]);
}
