using System.Net;
using LearningPartner.Domain.Orders;
using LearningPartner.Domain.Programs;
using LearningPartner.FunctionalTests.Claims;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Enrollment;

/// <summary>R-FEE-1 at confirmation: what the order page checked is checked again when support confirms.</summary>
public sealed class ConfirmationConflictTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task SilverCannotBeActivatedOnceGoldInTheCompetencyIs()
    {
        // Northwind meets both silver and gold Data Platform (after two exams) and orders both before either is paid.
        using var admin = await factory.SignedInClientAsync(Personas.NorthwindAccountAdmin);
        using var support = await factory.SignedInClientAsync(Personas.Support);
        await ClaimFlow.AddVerifiedExamAsync(factory, admin, "4100003", "DP-900");
        await ClaimFlow.AddVerifiedExamAsync(factory, admin, "4100003", "DP-300");
        var silver = await EnrollmentFlow.PlaceOrderAsync(admin, "4100003", "silver/DATA-PLATFORM");
        var gold = await EnrollmentFlow.PlaceOrderAsync(admin, "4100003", "gold/DATA-PLATFORM");
        var silverPayment = await PayAsync(admin, silver);
        var goldPayment = await PayAsync(admin, gold);

        using var goldConfirmed = await EnrollmentFlow.ConfirmAsync(support, goldPayment);
        using var silverConfirmed = await EnrollmentFlow.ConfirmAsync(support, silverPayment);

        Assert.Contains("already holds this option, or gold in its competency", WebUtility.HtmlDecode(await support.GetStringAsync("/staff/payments")));
        Assert.Equal(OrderStatus.PendingPayment, await factory.WithDbAsync(db => db.Orders.Where(o => o.Id == silver).Select(o => o.Status).SingleAsync()));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Enrollments.CountAsync(e => e.PartnerOrganisationId == 3
            && e.CompetencyCode == "DATA-PLATFORM" && e.ActivationDate != null)));
    }

    [Fact]
    public async Task AnOrderWithoutItsRequestKeyIsABadRequest()
    {
        using var admin = await factory.SignedInClientAsync(Personas.ContosoAdmin);

        using var response = await admin.PostFormAsync("/partners/4100001/enroll", "/partners/4100001/enroll/order",
            ("Level", "Silver"), ("Competency", "DATA-PLATFORM"), ("ConfirmPerformance", "true"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AnOptionWhoseAnniversaryHasNoRuleSetYetIsStillHeldBeforeIt()
    {
        // Tailspin's silver activated 2022-03-01: AD 2023-03-01 falls in FY2023, which is not shipped. On 2022-06-01 it is active.
        await factory.WithDbAsync(async db =>
        {
            var enrollment = new Domain.Enrollments.Enrollment(4, LearningLevel.Silver, "SECURITY", PortalFactory.Now);
            enrollment.Activate(new DateOnly(2022, 3, 1));
            db.Enrollments.Add(enrollment);
            return await db.SaveChangesAsync();
        });
        using var support = await factory.SignedInClientAsync(Personas.Support);

        var before = await support.GetStringAsync("/partners/4100004/requirements?asOf=2022-06-01");
        var after = WebUtility.HtmlDecode(await support.GetStringAsync("/partners/4100004/requirements?asOf=2023-03-02"));

        Assert.Contains("state-active", before);
        Assert.Contains("program year FY2023", after);

        // Today (2026-11-25) the renewal page names the missing year and the AD on record, and offers no renewal.
        var enrollmentId = await factory.WithDbAsync(db => db.Enrollments.Where(e => e.PartnerOrganisationId == 4 && e.CompetencyCode == "SECURITY")
            .Select(e => e.Id).SingleAsync());
        var renewal = WebUtility.HtmlDecode(await support.GetStringAsync($"/partners/4100004/renew/{enrollmentId}"));
        Assert.Contains("No program-year rule set covers 2023-03-01 (program year FY2023)", renewal);
        Assert.Contains("Anniversary date 2023-03-01", renewal);
        Assert.DoesNotContain("Renewal opens on", renewal);
    }

    private async Task<int> PayAsync(HttpClient admin, int orderId)
    {
        using var upload = await EnrollmentFlow.UploadProofAsync(admin, "4100003", orderId, PageValues.PdfProof, $"p{orderId}.pdf");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        return await factory.WithDbAsync(db => db.Payments.Where(p => p.OrderId == orderId).Select(p => p.Id).SingleAsync());
    }
}
