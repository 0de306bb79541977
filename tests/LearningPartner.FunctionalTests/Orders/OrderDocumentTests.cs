using System.Net;
using LearningPartner.FunctionalTests.Enrollment;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace LearningPartner.FunctionalTests.Orders;

/// <summary>R-FEE-3: the order confirmation and the receipt as PDF attachments, to the order's organisation only.</summary>
public sealed class OrderDocumentTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task TheOwnerDownloadsTheConfirmationAndTheReceiptOnceSupportConfirmed()
    {
        using var admin = await factory.SignedInClientAsync(Personas.FabrikamAdmin);
        using var support = await factory.SignedInClientAsync(Personas.Support);
        var orderId = await EnrollmentFlow.PlaceOrderAsync(admin, Personas.FabrikamPartnerId, "lap");
        var number = await factory.WithDbAsync(db => db.Orders.Where(o => o.Id == orderId).Select(o => o.PaymentReference).SingleAsync());
        var page = $"/partners/4100002/orders/{orderId}";

        var orderPage = await admin.GetStringAsync(page);
        Assert.Contains($"href=\"{page}/confirmation.pdf\"", orderPage);
        Assert.DoesNotContain("receipt.pdf", orderPage);
        using (var confirmation = await admin.GetAsync($"{page}/confirmation.pdf"))
        {
            AssertPdfAttachment(confirmation, $"order-{number}.pdf");
            var text = await TextAsync(confirmation);
            Assert.Contains("Fabrikam", text);
            Assert.Contains("462.00 EUR", text); // the LAP fee in EUR (FY2027)
            Assert.Contains("Demo Bank Europe AG", text);
            Assert.Contains($"Transfer reference {number}/4100002", text);
        }

        using (var early = await admin.GetAsync($"{page}/receipt.pdf"))
        {
            Assert.Equal(HttpStatusCode.NotFound, early.StatusCode);
        }

        using var upload = await EnrollmentFlow.UploadProofAsync(admin, Personas.FabrikamPartnerId, orderId, PageValues.PdfProof, "transfer.pdf");
        var paymentId = await factory.WithDbAsync(db => db.Payments.Where(p => p.OrderId == orderId).Select(p => p.Id).SingleAsync());
        // Support records the bank's value date (two days before it confirms) and its transaction reference (R-FEE-3).
        using var confirm = await support.PostFormAsync("/staff/payments", $"/staff/payments/{paymentId}/confirm",
            EnrollmentFlow.ExactReceipt(await support.GetStringAsync("/staff/payments"), paymentId,
                ("Confirmation.ValueDate", "2026-11-23"), ("Confirmation.BankReference", "DEUTDEFF-TT-504417")));
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);

        Assert.Contains($"href=\"{page}/receipt.pdf\"", await admin.GetStringAsync(page));
        using var receipt = await admin.GetAsync($"{page}/receipt.pdf");
        AssertPdfAttachment(receipt, $"receipt-{number}.pdf");
        var receiptText = await TextAsync(receipt);
        Assert.Contains("Amount received 462.00 EUR", receiptText);
        Assert.Contains("Currency EUR", receiptText);
        Assert.Contains("Value date 2026-11-23", receiptText); // the bank's date, not the day support confirmed it
        Assert.Contains("Bank reference DEUTDEFF-TT-504417", receiptText);
        Assert.Contains("Activation date 2026-11-25", receiptText); // the functional tests' fixed today
        Assert.Contains("Anniversary date 2027-11-25", receiptText); // R-DATE-3: a year after activation
    }

    [Fact]
    public async Task AShortPaymentAcceptedWithAnOverrideIsStatedAsReceived()
    {
        // Contoso's demo order 1 costs 1,732.50 USD; support accepts 1,700.00 USD (bank charges) with an override (R-FEE-3).
        using var portal = new PortalFactory();
        using var admin = await portal.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = await portal.SignedInClientAsync(Personas.Support);
        using (var upload = await EnrollmentFlow.UploadProofAsync(admin, Personas.ContosoPartnerId, 1, PageValues.PdfProof, "transfer.pdf"))
        {
            Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        }

        var paymentId = await portal.WithDbAsync(db => db.Payments.Where(p => p.OrderId == 1).Select(p => p.Id).SingleAsync());
        using var confirm = await support.PostFormAsync("/staff/payments", $"/staff/payments/{paymentId}/confirm",
            EnrollmentFlow.ExactReceipt(await support.GetStringAsync("/staff/payments"), paymentId, ("Confirmation.Amount", "1700.00"),
                ("Confirmation.ValueDate", "2026-11-24"), ("Confirmation.BankReference", "CHASUS33-0098812"),
                ("Confirmation.Override", "true"), ("Confirmation.OverrideReason", "Intermediary bank charges of 32.50 USD")));
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);

        using var receipt = await admin.GetAsync("/partners/4100001/orders/1/receipt.pdf");

        var text = await TextAsync(receipt);
        Assert.Contains("Price 1,732.50 USD", text);
        Assert.Contains("Amount received 1,700.00 USD", text);
        Assert.Contains("Value date 2026-11-24", text);
        Assert.Contains("Bank reference CHASUS33-0098812", text);
        Assert.DoesNotContain("Amount received 1,732.50", text);
    }

    [Fact]
    public async Task AnotherOrganisationGetsNotFoundForBothDocuments()
    {
        // Order 1 is Contoso's pending demo order.
        using var contoso = await factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var fabrikam = await factory.SignedInClientAsync(Personas.FabrikamAdmin);
        using (var owner = await contoso.GetAsync("/partners/4100001/orders/1/confirmation.pdf"))
        {
            Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
        }

        foreach (var document in new[] { "confirmation.pdf", "receipt.pdf" })
        {
            // Under Fabrikam's own partner id (the order is not its) and under Contoso's (not its organisation).
            using var own = await fabrikam.GetAsync($"/partners/4100002/orders/1/{document}");
            using var theirs = await fabrikam.GetAsync($"/partners/4100001/orders/1/{document}");
            Assert.Equal(HttpStatusCode.NotFound, own.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        }
    }

    [Fact]
    public async Task InChineseTheConfirmationHasChineseLabels()
    {
        using var admin = await factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/partners/4100001/orders/1/confirmation.pdf");
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");

        using var response = await admin.SendAsync(request);

        var text = await TextAsync(response);
        Assert.Contains("订单号", text); // "Order number"
        Assert.Contains("1,732.50 USD", text); // the demo order, in its own currency whatever the language
    }

    private static void AssertPdfAttachment(HttpResponseMessage download, string fileName)
    {
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-store", download.Headers.CacheControl?.ToString());
    }

    /// <summary>The document's words in reading order: line by line, left to right.</summary>
    private static async Task<string> TextAsync(HttpResponseMessage response)
    {
        using var document = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()
            .OrderByDescending(w => Math.Round(w.Letters[0].StartBaseLine.Y, 1))
            .ThenBy(w => w.BoundingBox.Left)
            .Select(w => w.Text)));
    }
}
