using System.Net;
using LearningPartner.Domain.Orders;
using LearningPartner.Domain.Programs;
using LearningPartner.FunctionalTests.Enrollment;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.FunctionalTests.Renewal;

/// <summary>
/// Issue 12, concurrent writers (R-RNW-1, one renewal per period): the partner admin sends a renewal form read while the
/// first renewal's payment was still pending, at the moment support confirms that payment. Whichever runs first, the
/// second renewal is refused — before the confirmation the first order still waits for payment; after it the anniversary
/// has moved a year on and renewal is not open yet. Only a check read outside the order's write transaction would let it
/// through, so the two requests are sent together, in three rounds.
/// </summary>
public sealed class RenewalRaceTests
{
    private const string PartnerId = "4100001";

    [Fact]
    public async Task ARenewalSentFromAPageReadBeforeItsPaymentWasConfirmedIsRefused()
    {
        for (var round = 0; round < 3; round++)
        {
            await RoundAsync();
        }
    }

    private static async Task RoundAsync()
    {
        // Contoso's silver Cloud Platform: anniversary 2027-01-29; three weeks into grace.
        using var factory = new PortalFactory();
        _ = factory.Server; // the demo world is seeded as of the first day, 2026-11-25
        factory.Clock.SetUtcNow(new DateTimeOffset(2027, 2, 20, 9, 0, 0, TimeSpan.Zero));
        using var admin = await factory.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = await factory.SignedInClientAsync(Personas.Support);
        var silver = await RenewalFlow.EnrollmentIdAsync(factory, PartnerId, LearningLevel.Silver, "CLOUD-PLATFORM");
        var paymentId = await RenewalFlow.PayAsync(factory, admin, PartnerId, await RenewalFlow.OrderAsync(admin, PartnerId, silver));

        // Both forms are read first: the renewal page (still offering a renewal) and the staff payment list.
        var renewal = $"/partners/{PartnerId}/renew/{silver}";
        var renewalForm = Form(("RequestKey", await admin.HiddenValueAsync(renewal, "RequestKey")),
            ("__RequestVerificationToken", await admin.GetAntiforgeryTokenAsync(renewal)));
        var confirm = $"/staff/payments/{paymentId}/confirm";
        var confirmForm = Form([.. EnrollmentFlow.ExactReceipt(await support.GetStringAsync("/staff/payments"), paymentId),
            ("__RequestVerificationToken", await support.GetAntiforgeryTokenAsync("/staff/payments"))]);

        var confirmed = support.PostAsync(confirm, confirmForm);
        var ordered = admin.PostAsync(renewal, renewalForm);
        await Task.WhenAll(confirmed, ordered);

        Assert.Equal(HttpStatusCode.Redirect, (await confirmed).StatusCode);
        Assert.NotEqual(HttpStatusCode.InternalServerError, (await ordered).StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Orders.CountAsync(o => o.EnrollmentId == silver && o.Kind == OrderKind.Renewal)));
        Assert.Equal(new DateOnly(2028, 1, 29), await factory.WithDbAsync(db => db.Enrollments.Where(e => e.Id == silver).Select(e => e.AnniversaryDate).SingleAsync()));
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
}
