using System.Net;
using LearningPartner.FunctionalTests.Enrollment;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Registration;

/// <summary>
/// R-ORG-1 end to end: a person of no organisation registers their company, gets its partner id at once and becomes its
/// partner admin; it prepares but cannot order while pending; support staff verify it; then it orders.
/// </summary>
public sealed class SignUpJourneyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ANewcomerRegistersCannotOrderUntilVerifiedThenOrders()
    {
        using var newcomer = await factory.SignedInClientAsync(Personas.Newcomer);
        using var support = await factory.SignedInClientAsync(Personas.Support);

        // Not linked: the dashboard offers sign-up.
        var dashboard = await newcomer.GetAsync("/dashboard");
        Assert.Contains("href=\"/register\"", await dashboard.Content.ReadAsStringAsync());

        using var registered = await RegistrationFlow.RegisterAsync(newcomer, RegistrationFlow.Fields());
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        // The next free 7-digit partner id after the demo world's 4100001..4100008.
        Assert.Equal("/partners/4100009", registered.Headers.Location?.OriginalString);

        var overview = WebUtility.HtmlDecode(await newcomer.GetStringAsync("/partners/4100009"));
        Assert.Contains("Litware Learning Ltd", overview);
        Assert.Contains("data-registration=\"pending\"", overview);

        var (member, acceptance, actions) = await factory.WithDbAsync(async db =>
        {
            var organisation = await db.PartnerOrganisations.SingleAsync(o => o.PartnerId == "4100009");
            return (await db.PartnerUsers.SingleAsync(u => u.PartnerOrganisationId == organisation.Id),
                await db.AgreementAcceptances.SingleAsync(a => a.PartnerOrganisationId == organisation.Id),
                await db.AuditEntries.Where(a => a.PartnerOrganisationId == organisation.Id).Select(a => a.Action).ToListAsync());
        });
        Assert.Equal(("0b5e7a10-1d2c-4e3f-8a9b-0000000e3c01", "5f1c0a52-7d3e-4b8a-9a51-0c1e2d3f4a10", "PartnerAdmin"),
            (member.TenantId, member.ObjectId, member.Role));
        Assert.Equal(("2026-1", "Casey Morgan", PortalFactory.Now), (acceptance.Version, acceptance.AcceptedBy, acceptance.AcceptedAt));
        Assert.Equal(["AgreementAccepted", "PartnerRegistered", "PartnerUserLinked"], actions.Order(StringComparer.Ordinal));

        // Pending: it prepares (a trainer), reads the notice on the enroll page, and its order is refused.
        await RegistrationFlow.AddTrainerAsync(newcomer, "4100009");
        Assert.Contains("data-registration=\"pending\"", await newcomer.GetStringAsync("/partners/4100009/enroll"));
        Assert.Contains("<button type=\"submit\" class=\"button\" disabled=\"disabled\"", await newcomer.GetStringAsync("/partners/4100009/enroll/lap"));
        using (var refused = await EnrollmentFlow.OrderAsync(newcomer, "4100009", "lap"))
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Contains("Your organisation is pending verification by the program's support staff.",
                WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        }

        var id = await factory.WithDbAsync(db => db.PartnerOrganisations.Where(o => o.PartnerId == "4100009").Select(o => o.Id).SingleAsync());
        Assert.False(await factory.WithDbAsync(db => db.Orders.AnyAsync(o => o.PartnerOrganisationId == id)));

        // Support staff see it pending in the list of partners and in the queue, and verify it.
        Assert.Contains("data-partner=\"4100009\" data-verification=\"PendingVerification\"", await support.GetStringAsync("/staff/partners"));
        Assert.Contains("data-registration=\"4100009\"", await support.GetStringAsync("/staff/registrations"));
        using var verified = await support.PostFormAsync("/staff/registrations", $"/staff/registrations/{id}/verify");
        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
        Assert.DoesNotContain("data-registration=\"4100009\"", await support.GetStringAsync("/staff/registrations"));
        Assert.Contains("PartnerVerified", await factory.WithDbAsync(db => db.AuditEntries.Select(a => a.Action).ToListAsync()));
        Assert.Contains("data-partner=\"4100009\" data-verification=\"Verified\"", await support.GetStringAsync("/staff/partners"));

        // R-MCT-1: the trainer the company prepared counts once support staff verify the claim too.
        var trainerId = await factory.WithDbAsync(db => db.Trainers.Where(t => t.MctId == "MCT-LIT-001").Select(t => t.Id).SingleAsync());
        using (var trainerVerified = await Claims.ClaimFlow.DecideAsync(factory, support, "trainers", trainerId, "verify"))
        {
            Assert.Equal(HttpStatusCode.Redirect, trainerVerified.StatusCode);
        }

        // Verified: no notice, and the order is placed.
        Assert.DoesNotContain("data-registration=", await newcomer.GetStringAsync("/partners/4100009"));
        Assert.DoesNotContain("disabled=\"disabled\"", await newcomer.GetStringAsync("/partners/4100009/enroll/lap"));
        var orderId = await EnrollmentFlow.PlaceOrderAsync(newcomer, "4100009", "lap");
        Assert.True(orderId > 0);

        // Once a member, the person is not offered sign-up again.
        using var again = await newcomer.GetAsync("/register");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }
}
