using System.Net;
using LearningPartner.Domain.Orders;
using LearningPartner.FunctionalTests.Claims;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Enrollment;

/// <summary>
/// Northwind Academy (CN, growth markets, 3 valid MCTs) takes silver in Security: R-SLV-1, R-FEE-1, R-FEE-2, R-DATE-3.
/// Today is 2026-11-25 (FY2027: silver fee 11,900 × 1.05 = 12,495.00 CNY in the shipped sample values).
/// </summary>
public sealed class SilverEnrollmentTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Northwind = Personas.NorthwindPartnerId;

    [Fact]
    public async Task FromChecklistToActiveWithSupportConfirmingThePayment()
    {
        using var admin = await factory.SignedInClientAsync(Personas.NorthwindAccountAdmin);
        using var support = await factory.SignedInClientAsync(Personas.Support);
        await ClaimFlow.AddVerifiedExamAsync(factory, admin, Northwind, "SC-900");

        var orderId = await EnrollmentFlow.PlaceOrderAsync(admin, Northwind, "silver/SECURITY");
        var orderPage = WebUtility.HtmlDecode(await admin.GetStringAsync($"/partners/{Northwind}/orders/{orderId}"));
        Assert.Contains("12,495.00 CNY", orderPage);
        Assert.Contains("Pending payment", orderPage);
        Assert.Contains("2026-12-25", orderPage); // expires 30 days after creation (R-FEE-2)

        using var upload = await EnrollmentFlow.UploadProofAsync(admin, Northwind, orderId, PageValues.PdfProof, "transfer.pdf");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var paymentId = await factory.WithDbAsync(db => db.Payments.Where(p => p.OrderId == orderId).Select(p => p.Id).SingleAsync());
        Assert.Contains("transfer.pdf", await support.GetStringAsync("/staff/payments"));

        using var confirm = await EnrollmentFlow.ConfirmAsync(support, paymentId);
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);

        var requirements = WebUtility.HtmlDecode(await admin.GetStringAsync($"/partners/{Northwind}/requirements"));
        Assert.Contains("Silver · Security", requirements);
        Assert.Contains("2027-11-25", requirements); // R-DATE-3: activation 2026-11-25, AD a year later
        var (status, actions) = await factory.WithDbAsync(async db => (
            await db.Orders.Where(o => o.Id == orderId).Select(o => o.Status).SingleAsync(),
            await db.AuditEntries.Where(a => a.PartnerOrganisationId != null).Select(a => a.Action).ToListAsync()));
        Assert.Equal(OrderStatus.Paid, status);
        Assert.Contains("OrderPlaced", actions);
        Assert.Contains("PaymentProofUploaded", actions);
        Assert.Contains("PaymentConfirmed", actions);
        Assert.Contains("EnrollmentActivated", actions);
    }

    [Fact]
    public async Task SilverNeedsThePerformanceSubmissionConfirmed()
    {
        using var admin = await factory.SignedInClientAsync(Personas.NorthwindAccountAdmin);
        await ClaimFlow.AddVerifiedExamAsync(factory, admin, Northwind, "DP-900");

        using var response = await EnrollmentFlow.OrderAsync(admin, Northwind, "silver/DATA-PLATFORM", confirmPerformance: false);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Confirm your performance submission", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task ADoubleClickOrReplayedPostCreatesOneOrder()
    {
        using var admin = await factory.SignedInClientAsync(Personas.NorthwindAccountAdmin);
        await ClaimFlow.AddVerifiedExamAsync(factory, admin, Northwind, "PL-900");
        const string page = "/partners/4100003/enroll/silver/CLOUD-BUSINESS-APPLICATIONS";
        var key = await admin.HiddenValueAsync(page, "RequestKey");
        var token = await admin.GetAntiforgeryTokenAsync(page);

        // Ten identical submissions at once, as a double click or a replay would send them.
        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => admin.PostAsync($"/partners/{Northwind}/enroll/order",
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Level"] = "Silver",
                ["Competency"] = "CLOUD-BUSINESS-APPLICATIONS",
                ["RequestKey"] = key,
                ["ConfirmPerformance"] = "true",
            }))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Single(responses.Select(r => r.Headers.Location!.OriginalString).Distinct());
        Assert.Equal(1, await factory.WithDbAsync(db => db.Orders.CountAsync(o => o.CompetencyCode == "CLOUD-BUSINESS-APPLICATIONS")));
    }

    [Fact]
    public async Task ASecondTabCannotOpenASecondOrderForTheSameOption()
    {
        using var admin = await factory.SignedInClientAsync(Personas.NorthwindAccountAdmin);
        await ClaimFlow.AddVerifiedExamAsync(factory, admin, Northwind, "MS-900");
        var first = await EnrollmentFlow.PlaceOrderAsync(admin, Northwind, "silver/CLOUD-PRODUCTIVITY");

        using var second = await EnrollmentFlow.OrderAsync(admin, Northwind, "silver/CLOUD-PRODUCTIVITY");

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var html = WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync());
        Assert.Contains("already waiting for payment", html);
        Assert.Contains($"/orders/{first}", html);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Orders.CountAsync(o => o.CompetencyCode == "CLOUD-PRODUCTIVITY")));
    }

    [Fact]
    public async Task BadProofsAreRefusedWithAMessageAndNothingIsRecorded()
    {
        using var admin = await factory.SignedInClientAsync(Personas.NorthwindAccountAdmin);
        await ClaimFlow.AddVerifiedExamAsync(factory, admin, Northwind, "AZ-900");
        var orderId = await EnrollmentFlow.PlaceOrderAsync(admin, Northwind, "silver/APPLICATION-DEVELOPMENT");

        using var text = await EnrollmentFlow.UploadProofAsync(admin, Northwind, orderId, "just text, named like a PDF"u8.ToArray(), "proof.pdf");
        using var big = await EnrollmentFlow.UploadProofAsync(admin, Northwind, orderId,
            [.. PageValues.PdfProof, .. new byte[5 * 1024 * 1024]], "huge.pdf");
        using var empty = await EnrollmentFlow.UploadProofAsync(admin, Northwind, orderId, [], "empty.pdf");

        Assert.Contains("Upload a PDF, PNG or JPEG file.", await text.Content.ReadAsStringAsync());
        Assert.Contains("The file is larger than 5 MB: choose a file of at most 5 MB.", await big.Content.ReadAsStringAsync());
        Assert.Contains("Choose the file with your proof of payment.", await empty.Content.ReadAsStringAsync());
        Assert.Equal(0, await factory.WithDbAsync(db => db.Payments.CountAsync(p => p.OrderId == orderId)));
    }

    [Fact]
    public async Task AReplayedUploadRecordsOnePayment()
    {
        using var admin = await factory.SignedInClientAsync(Personas.NorthwindAccountAdmin);
        await ClaimFlow.AddVerifiedExamAsync(factory, admin, Northwind, "DP-203");
        var orderId = await EnrollmentFlow.PlaceOrderAsync(admin, Northwind, "silver/DATA-ANALYTICS");
        var token = await admin.GetAntiforgeryTokenAsync($"/partners/{Northwind}/orders/{orderId}");

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            admin.PostAsync($"/partners/{Northwind}/orders/{orderId}/proof", PageValues.ProofUpload(PageValues.PdfProof, "proof.pdf", token))));

        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Payments.CountAsync(p => p.OrderId == orderId)));
    }
}
