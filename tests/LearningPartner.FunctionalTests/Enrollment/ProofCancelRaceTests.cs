using System.Net;
using LearningPartner.Domain.Orders;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace LearningPartner.FunctionalTests.Enrollment;

/// <summary>
/// R-FEE-2, R-FEE-3: a proof of payment and a cancel of the same pending order sent at the same moment — two tabs, or two
/// admins. The database decides (the order's version): either the cancel wins and the cancelled order has no proof, or the
/// upload wins and the cancel is refused; never both. Demo: Contoso's order 1, silver Security, 1,732.50 USD.
/// </summary>
public sealed class ProofCancelRaceTests(ITestOutputHelper output)
{
    private const string Contoso = Personas.ContosoPartnerId;

    [Fact]
    public async Task AnUploadAndACancelAtOnceNeverBothWin()
    {
        using var factory = new PortalFactory();
        // The portal starts once, before the races: a first touch of Services from several threads would start it several times.
        _ = factory.Services;
        using var admin = await factory.SignedInClientAsync(Personas.ContosoAdmin);
        var proofs = factory.DatabasePath + "-proofs";
        var filesBefore = FileCount(proofs);
        var orderId = 1;
        var cancelsWon = 0;
        for (var round = 0; round < 25; round++)
        {
            var page = $"/partners/{Contoso}/orders/{orderId}";
            var token = await admin.GetAntiforgeryTokenAsync(page);
            using var upload = PageValues.ProofUpload(PageValues.PdfProof, "transfer.pdf", token, "1732.50", "USD");
            using var cancel = new FormUrlEncodedContent([new KeyValuePair<string, string>("__RequestVerificationToken", token)]);

            var responses = await Task.WhenAll(
                Task.Run(() => admin.PostAsync($"{page}/proof", upload)),
                Task.Run(() => admin.PostAsync($"{page}/cancel", cancel)));

            var (uploaded, cancelled) = (responses[0], responses[1]);
            Assert.NotEqual(HttpStatusCode.InternalServerError, uploaded.StatusCode);
            Assert.NotEqual(HttpStatusCode.InternalServerError, cancelled.StatusCode);
            var status = await factory.WithDbAsync(db => db.Orders.Where(o => o.Id == orderId).Select(o => o.Status).SingleAsync());
            var payments = await factory.WithDbAsync(db => db.Payments.CountAsync(p => p.OrderId == orderId));
            if (status == OrderStatus.Cancelled)
            {
                // The cancel won: the upload was refused and left no proof on the cancelled order.
                Assert.Equal(0, payments);
                Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
                Assert.NotEqual(HttpStatusCode.Redirect, uploaded.StatusCode);
                cancelsWon++;
            }
            else
            {
                // The upload won: the order still waits, with its one proof, and the cancel was refused.
                Assert.Equal(OrderStatus.PendingPayment, status);
                Assert.Equal(1, payments);
                Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
                Assert.NotEqual(HttpStatusCode.Redirect, cancelled.StatusCode);
                Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "OrderCancelled"
                    && a.EntityId == orderId.ToString(System.Globalization.CultureInfo.InvariantCulture))));
                await CloseAsync(factory, orderId); // frees the option for the next round
            }

            foreach (var response in responses)
            {
                response.Dispose();
            }

            orderId = await EnrollmentFlow.PlaceOrderAsync(admin, Contoso, "silver/SECURITY");
        }

        output.WriteLine($"The cancel won {cancelsWon} of 25 rounds.");
        // A refused upload removes the file it stored: one stored proof per recorded payment.
        var recorded = await factory.WithDbAsync(db => db.Payments.CountAsync());
        Assert.Equal(recorded, FileCount(proofs) - filesBefore);
    }

    /// <summary>Test set-up only: closes an order whose proof won, so the option can be ordered again.</summary>
    private static Task<int> CloseAsync(PortalFactory factory, int orderId) =>
        factory.WithDbAsync(async db =>
        {
            (await db.Orders.SingleAsync(o => o.Id == orderId)).Cancel();
            return await db.SaveChangesAsync();
        });

    private static int FileCount(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Length : 0;
}
