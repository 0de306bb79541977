using System.Net;
using LearningPartner.Domain.Orders;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Enrollment;

/// <summary>
/// R-FEE-3: the proof's declared figures and support's confirmation with what was received. Contoso's demo order 1 is silver
/// Security at 1,732.50 USD, pending; today is 2026-11-25. Each test has a portal of its own: they all pay the same order.
/// </summary>
public sealed class PaymentFiguresTests
{
    private const string Contoso = "4100001";
    private const string Order = $"/partners/{Contoso}/orders/1";

    [Fact]
    public async Task TheDeclaredFiguresAndTheirFlagAreShownToThePartnerAndInTheQueue()
    {
        using var factory = new PortalFactory();
        using var admin = await factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = await factory.SignedInClientAsync(Personas.Support);

        using var upload = await UploadAsync(admin, amount: "1500.00", bankReference: "FT-CONTOSO-1");

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(Order));
        Assert.Contains("1,500.00 USD", page);
        Assert.Contains("FT-CONTOSO-1", page);
        Assert.Contains("Less than the order's amount", page); // 1,500.00 < 1,732.50: accepted, flagged
        var queue = WebUtility.HtmlDecode(await support.GetStringAsync("/staff/payments"));
        Assert.Contains("1,732.50 USD", queue);
        Assert.Contains("Partner declared: 1,500.00 USD paid on 2026-11-24, bank reference FT-CONTOSO-1.", queue);
        Assert.Contains("Less than the order's amount", queue);
        Assert.Contains("Waiting 0 days", queue); // uploaded today
    }

    [Fact]
    public async Task TheExactAmountConfirmedActivatesTheOptionAndIsRecorded()
    {
        using var factory = new PortalFactory();
        using var admin = await factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = await factory.SignedInClientAsync(Personas.Support);
        var paymentId = await UploadedAsync(factory, admin);

        using var confirm = await EnrollmentFlow.ConfirmAsync(support, paymentId);

        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        Assert.Contains("The payment was confirmed and the option is active.", WebUtility.HtmlDecode(await support.GetStringAsync(confirm.Headers.Location)));
        var payment = await factory.WithDbAsync(db => db.Payments.AsNoTracking().SingleAsync(p => p.Id == paymentId));
        Assert.Equal(new ReceivedPayment(new(1732.50m, "USD"), new DateOnly(2026, 11, 25), $"BANK-{paymentId}"), payment.Received);
        Assert.Null(payment.OverrideReason);
        Assert.Equal(OrderStatus.Paid, await factory.WithDbAsync(db => db.Orders.Where(o => o.Id == 1).Select(o => o.Status).SingleAsync()));
        Assert.Contains($"Received: 1,732.50 USD, value date 2026-11-25, bank reference BANK-{paymentId}.",
            WebUtility.HtmlDecode(await admin.GetStringAsync(Order)));
    }

    [Fact]
    public async Task AShortAmountWithoutOverrideIsRefusedBesideTheOverrideAndNothingChanges()
    {
        using var factory = new PortalFactory();
        using var admin = await factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = await factory.SignedInClientAsync(Personas.Support);
        var paymentId = await UploadedAsync(factory, admin);

        using var confirm = await ConfirmAsync(support, paymentId, ("Confirmation.Amount", "1700.00"));

        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Contains("1,700.00 USD received is short of the order's 1,732.50 USD.",
            Beside(WebUtility.HtmlDecode(await confirm.Content.ReadAsStringAsync()), $"override-error-{paymentId}"));
        Assert.Equal((OrderStatus.PendingPayment, (string?)null, 0), await factory.WithDbAsync(async db => (
            await db.Orders.Where(o => o.Id == 1).Select(o => o.Status).SingleAsync(),
            await db.Payments.Where(p => p.Id == paymentId).Select(p => p.DecidedBy).SingleAsync(),
            await db.AuditEntries.CountAsync(a => a.Action == "PaymentConfirmed"))));
    }

    [Fact]
    public async Task AShortAmountOverriddenWithAReasonActivatesAndIsAudited()
    {
        using var factory = new PortalFactory();
        using var admin = await factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = await factory.SignedInClientAsync(Personas.Support);
        var paymentId = await UploadedAsync(factory, admin);

        using var confirm = await ConfirmAsync(support, paymentId, ("Confirmation.Amount", "1700.00"), ("Confirmation.Override", "true"),
            ("Confirmation.OverrideReason", "Intermediary bank charges of 32.50 USD"));

        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        Assert.Equal(OrderStatus.Paid, await factory.WithDbAsync(db => db.Orders.Where(o => o.Id == 1).Select(o => o.Status).SingleAsync()));
        var audit = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "PaymentConfirmed"));
        Assert.Equal("Intermediary bank charges of 32.50 USD", audit.Reason);
        Assert.Contains("\"Mismatch\":\"Short\"", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadFiguresAreRefusedBesideTheirFieldsAndNothingIsStored()
    {
        using var factory = new PortalFactory();
        using var admin = await factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = await factory.SignedInClientAsync(Personas.Support);

        using var upload = await UploadAsync(admin, amount: "12,00", paidOn: "2026-11-26", currency: "ZZZ", bankReference: " ");

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var page = WebUtility.HtmlDecode(await upload.Content.ReadAsStringAsync());
        Assert.Contains("The date cannot be in the future.", Beside(page, "paid-on-error"));
        Assert.Contains("Enter the amount above 0 with a decimal point", Beside(page, "paid-amount-error"));
        Assert.Contains("ZZZ is not an ISO 4217 currency code", Beside(page, "paid-currency-error"));
        Assert.Contains("Enter the bank's transaction reference.", Beside(page, "paid-reference-error"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Payments.CountAsync()));

        var paymentId = await UploadedAsync(factory, admin);
        using var again = await UploadAsync(admin, amount: "x"); // a replay with bad figures: told the order takes no proof now
        Assert.Contains("This order does not take a proof of payment now", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
        using var confirm = await ConfirmAsync(support, paymentId, ("Confirmation.Override", "true"), ("Confirmation.ValueDate", "2026-11-26"));
        var queue = WebUtility.HtmlDecode(await confirm.Content.ReadAsStringAsync());
        Assert.Contains("Give the reason for accepting the mismatch.", Beside(queue, $"override-reason-error-{paymentId}"));
        Assert.Contains("The date cannot be in the future.", Beside(queue, $"value-date-error-{paymentId}"));
        Assert.Null(await factory.WithDbAsync(db => db.Payments.Where(p => p.Id == paymentId).Select(p => p.DecidedBy).SingleAsync()));
    }

    [Fact]
    public async Task AnotherPartnerNeitherSeesNorPaysTheOrder()
    {
        using var factory = new PortalFactory();
        using var fabrikam = await factory.SignedInClientAsync(Personas.FabrikamAdmin);
        var token = await fabrikam.GetAntiforgeryTokenAsync("/partners/4100002/enroll");

        using var page = await fabrikam.GetAsync(Order);
        using var ownId = await fabrikam.GetAsync("/partners/4100002/orders/1");
        using var upload = await fabrikam.PostAsync($"{Order}/proof", PageValues.ProofUpload(PageValues.PdfProof, "x.pdf", token, amount: "1732.50"));
        using var badFigures = await fabrikam.PostAsync("/partners/4100002/orders/1/proof", PageValues.ProofUpload(PageValues.PdfProof, "x.pdf", token, amount: "x"));

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound],
            new[] { page.StatusCode, ownId.StatusCode, upload.StatusCode, badFigures.StatusCode });
        Assert.Equal(0, await factory.WithDbAsync(db => db.Payments.CountAsync()));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient admin, string amount = "1732.50", string currency = "USD",
        string paidOn = "2026-11-24", string bankReference = "FT2611240001") =>
        await admin.PostAsync($"{Order}/proof", PageValues.ProofUpload(PageValues.PdfProof, "transfer.pdf",
            await admin.GetAntiforgeryTokenAsync(Order), amount, currency, paidOn, bankReference));

    private static async Task<int> UploadedAsync(PortalFactory factory, HttpClient admin)
    {
        using var upload = await UploadAsync(admin);
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        return await factory.WithDbAsync(db => db.Payments.Where(p => p.OrderId == 1).Select(p => p.Id).SingleAsync());
    }

    private static async Task<HttpResponseMessage> ConfirmAsync(HttpClient support, int paymentId, params (string Name, string Value)[] changes) =>
        await support.PostFormAsync("/staff/payments", $"/staff/payments/{paymentId}/confirm",
            EnrollmentFlow.ExactReceipt(await support.GetStringAsync("/staff/payments"), paymentId, changes));

    /// <summary>The markup from the element with this id to the end of its field.</summary>
    private static string Beside(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No element {id}");
        return html[start..html.IndexOf("</div>", start, StringComparison.Ordinal)];
    }
}
