using System.Net;
using LearningPartner.Domain.Orders;
using LearningPartner.FunctionalTests.Claims;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Enrollment;

/// <summary>R-GLD-3, R-FEE-1, R-FEE-2 and R-ROLE-1 over HTTP, on the demo world of 2026-11-25 (FY2027).</summary>
public sealed class UpgradeAndRefusalTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Northwind = Personas.NorthwindPartnerId;

    [Fact]
    public async Task ASilverHolderMeetingGoldUpgradesWithTheDiscountWorkedByHand()
    {
        using var admin = await factory.SignedInClientAsync(Personas.NorthwindAccountAdmin);
        using var support = await factory.SignedInClientAsync(Personas.Support);
        await ClaimFlow.AddVerifiedExamAsync(factory, admin, Northwind, "SC-200");
        await ClaimFlow.AddVerifiedExamAsync(factory, admin, Northwind, "SC-300");
        var silverOrder = await EnrollmentFlow.PlaceOrderAsync(admin, Northwind, "silver/SECURITY");
        await PayAndConfirmAsync(admin, support, silverOrder);

        // FY2027 sample gold fee 34,100 × 1.05 = 35,805.00 CNY; 25 % off = 8,951.25; price 26,853.75 CNY.
        var quote = WebUtility.HtmlDecode(await admin.GetStringAsync($"/partners/{Northwind}/enroll/gold/SECURITY"));
        Assert.Contains("35,805.00 CNY", quote);
        Assert.Contains("8,951.25 CNY", quote);
        Assert.Contains("26,853.75 CNY", quote);
        Assert.Contains("2027-11-25", quote); // the new AD if confirmed today
        Assert.Contains("The silver fee you already paid is not refunded.", quote);

        var upgradeOrder = await EnrollmentFlow.PlaceOrderAsync(admin, Northwind, "gold/SECURITY");
        await PayAndConfirmAsync(admin, support, upgradeOrder);

        var (kind, price, silverEnded) = await factory.WithDbAsync(async db =>
        {
            var order = await db.Orders.AsNoTracking().SingleAsync(o => o.Id == upgradeOrder);
            var silver = await db.Enrollments.AsNoTracking().SingleAsync(e => e.Id == order.ReplacesEnrollmentId);
            return (order.Kind, order.Price.Amount, silver.EndedOn);
        });
        Assert.Equal(OrderKind.Upgrade, kind);
        Assert.Equal(26853.75m, price);
        Assert.Equal(new DateOnly(2026, 11, 25), silverEnded);
        var requirements = WebUtility.HtmlDecode(await admin.GetStringAsync($"/partners/{Northwind}/requirements"));
        Assert.Contains("Gold · Security", requirements);
        Assert.Contains("Replaced by gold", requirements);

        // While gold is active in Security, silver in it cannot be bought (R-FEE-1).
        var silverPage = WebUtility.HtmlDecode(await admin.GetStringAsync($"/partners/{Northwind}/enroll/silver/SECURITY"));
        Assert.Contains("Gold is active in this competency, so silver cannot be bought.", silverPage);
    }

    [Fact]
    public async Task AForcedOrderOfAnOptionNotMetIsRefusedByTheServer()
    {
        // Contoso's courseware KPI (274.5) is far below gold Cloud Platform's 450: the button is disabled…
        using var admin = await factory.SignedInClientAsync(Personas.ContosoAdmin);
        const string page = "/partners/4100001/enroll/gold/CLOUD-PLATFORM";
        var html = await admin.GetStringAsync(page);
        Assert.Contains("disabled=\"disabled\"", html);
        Assert.Contains("You qualify for Silver now.", WebUtility.HtmlDecode(html)); // R-GLD-2: the highest option met is offered
        Assert.Contains("/partners/4100001/enroll/silver/CLOUD-PLATFORM", html);

        // …and the same request forced by hand is refused.
        var key = await admin.HiddenValueAsync(page, "RequestKey");
        using var response = await admin.PostFormAsync(page, "/partners/4100001/enroll/order",
            ("Level", "Gold"), ("Competency", "CLOUD-PLATFORM"), ("RequestKey", key));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("The requirements of this option are not met yet", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Orders.CountAsync(o => o.Level == Domain.Programs.LearningLevel.Gold && o.PartnerOrganisationId == 1)));
    }

    [Fact]
    public async Task AHeldOptionCannotBeBoughtAgain()
    {
        using var admin = await factory.SignedInClientAsync(Personas.ContosoAdmin);

        var html = WebUtility.HtmlDecode(await admin.GetStringAsync("/partners/4100001/enroll/silver/CLOUD-PLATFORM"));

        Assert.Contains("You hold this option already", html);
    }

    [Fact]
    public async Task APlainPartnerUserReadsButCannotOrder()
    {
        using var user = await factory.SignedInClientAsync(Personas.ContosoUser);
        const string page = "/partners/4100001/enroll/silver/DATA-PLATFORM";
        Assert.Contains("Only your organisation&#x27;s partner admins and account admins can order.", await user.GetStringAsync(page));
        var key = await user.HiddenValueAsync(page, "RequestKey");

        using var response = await user.PostFormAsync(page, "/partners/4100001/enroll/order",
            ("Level", "Silver"), ("Competency", "DATA-PLATFORM"), ("RequestKey", key), ("ConfirmPerformance", "true"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AnotherOrganisationsOrderAndUploadAnswer404()
    {
        using var fabrikam = await factory.SignedInClientAsync(Personas.FabrikamAdmin);
        var token = await fabrikam.GetAntiforgeryTokenAsync("/partners/4100002/enroll");

        using var order = await fabrikam.PostAsync("/partners/4100001/enroll/order", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Level"] = "LearningActionPack",
            ["RequestKey"] = Guid.NewGuid().ToString(),
        }));
        using var upload = await fabrikam.PostAsync("/partners/4100001/orders/1/proof", PageValues.ProofUpload(PageValues.PdfProof, "x.pdf", token));
        using var foreignOrderUnderOwnId = await fabrikam.PostAsync("/partners/4100002/orders/1/proof", PageValues.ProofUpload(PageValues.PdfProof, "x.pdf", token));

        Assert.Equal(HttpStatusCode.NotFound, order.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, upload.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignOrderUnderOwnId.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Payments.CountAsync(p => p.OrderId == 1)));
    }

    [Fact]
    public async Task ADecidedPaymentCannotBeDecidedAgain()
    {
        using var admin = await factory.SignedInClientAsync(Personas.NorthwindAccountAdmin);
        using var first = await factory.SignedInClientAsync(Personas.Support);
        using var second = await factory.SignedInClientAsync(Personas.Support);
        await ClaimFlow.AddVerifiedExamAsync(factory, admin, Northwind, "AZ-104");
        var orderId = await EnrollmentFlow.PlaceOrderAsync(admin, Northwind, "silver/CLOUD-PLATFORM");
        using var upload = await EnrollmentFlow.UploadProofAsync(admin, Northwind, orderId, PageValues.PdfProof, "proof.pdf");
        var paymentId = await factory.WithDbAsync(db => db.Payments.Where(p => p.OrderId == orderId).Select(p => p.Id).SingleAsync());
        var staleVersion = await second.FormValueAsync("/staff/payments", $"/staff/payments/{paymentId}/reject", "version");
        var staleToken = await second.GetAntiforgeryTokenAsync("/staff/payments");

        using var confirmed = await EnrollmentFlow.ConfirmAsync(first, paymentId);
        using var again = await second.PostAsync($"/staff/payments/{paymentId}/reject", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = staleToken,
            ["version"] = staleVersion,
            ["reason"] = "Amount does not match",
        }));

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("This payment has already been decided.", WebUtility.HtmlDecode(await second.GetStringAsync("/staff/payments")));
        Assert.Equal(OrderStatus.Paid, await factory.WithDbAsync(db => db.Orders.Where(o => o.Id == orderId).Select(o => o.Status).SingleAsync()));
    }

    [Fact]
    public async Task ARejectedProofShowsTheReasonAndCanBeReplaced()
    {
        using var admin = await factory.SignedInClientAsync(Personas.NorthwindAccountAdmin);
        using var support = await factory.SignedInClientAsync(Personas.Support);
        await ClaimFlow.AddVerifiedExamAsync(factory, admin, Northwind, "DP-300");
        var orderId = await EnrollmentFlow.PlaceOrderAsync(admin, Northwind, "silver/DATA-PLATFORM");
        using var first = await EnrollmentFlow.UploadProofAsync(admin, Northwind, orderId, PageValues.PdfProof, "wrong.pdf");
        var paymentId = await factory.WithDbAsync(db => db.Payments.Where(p => p.OrderId == orderId).Select(p => p.Id).SingleAsync());
        var version = await support.FormValueAsync("/staff/payments", $"/staff/payments/{paymentId}/reject", "version");

        using var noReason = await support.PostFormAsync("/staff/payments", $"/staff/payments/{paymentId}/reject", ("version", version), ("reason", " "));
        Assert.Contains("Give the partner a reason", WebUtility.HtmlDecode(await support.GetStringAsync("/staff/payments")));
        using var rejected = await support.PostFormAsync("/staff/payments", $"/staff/payments/{paymentId}/reject",
            ("version", version), ("reason", "The amount received was 12,000.00 CNY, not 12,495.00 CNY."));
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);

        var page = WebUtility.HtmlDecode(await admin.GetStringAsync($"/partners/{Northwind}/orders/{orderId}"));
        Assert.Contains("Rejected by support: The amount received was 12,000.00 CNY, not 12,495.00 CNY.", page);
        Assert.Contains("Upload proof of payment", page);
        using var second = await EnrollmentFlow.UploadProofAsync(admin, Northwind, orderId, PageValues.PdfProof, "right.pdf");
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(2, await factory.WithDbAsync(db => db.Payments.CountAsync(p => p.OrderId == orderId)));
    }

    private async Task PayAndConfirmAsync(HttpClient admin, HttpClient support, int orderId)
    {
        using var upload = await EnrollmentFlow.UploadProofAsync(admin, Northwind, orderId, PageValues.PdfProof, $"proof-{orderId}.pdf");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var paymentId = await factory.WithDbAsync(db => db.Payments.Where(p => p.OrderId == orderId && p.OpenOrderId != null).Select(p => p.Id).SingleAsync());
        using var confirm = await EnrollmentFlow.ConfirmAsync(support, paymentId);
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
    }
}
