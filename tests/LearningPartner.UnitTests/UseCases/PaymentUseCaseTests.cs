using LearningPartner.Application.Common;
using LearningPartner.Application.Enrollments;
using LearningPartner.Application.Orders;
using LearningPartner.Application.Payments;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Enrollments;
using LearningPartner.Domain.Orders;
using LearningPartner.Domain.Programs;
using LearningPartner.UnitTests.Rules;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.UnitTests.UseCases;

/// <summary>
/// A proof of payment and its confirmation (R-FEE-2, R-DATE-3) on 2026-01-15, under the small FY2026 rule set (30 days of
/// grace unless a test says otherwise).
/// </summary>
public sealed class PaymentUseCaseTests : IDisposable
{
    private UseCaseHost _host = new();

    [Fact]
    public async Task ConfirmingActivatesTheOptionTodayWithItsAnniversaryAYearLater()
    {
        var (orderId, paymentId) = await OrderedAndProvedAsync();

        var result = await ConfirmAsync(paymentId);

        Assert.True(result.IsDone);
        var enrollment = await _host.WithDbAsync(db => db.Enrollments.AsNoTracking().SingleAsync());
        Assert.Equal((new DateOnly(2026, 1, 15), new DateOnly(2027, 1, 15)), (enrollment.ActivationDate, enrollment.AnniversaryDate));
        Assert.Equal(OrderStatus.Paid, await _host.WithDbAsync(db => db.Orders.Where(o => o.Id == orderId).Select(o => o.Status).SingleAsync()));
        Assert.Equal(["OrderPlaced", "PaymentProofUploaded", "PaymentConfirmed", "EnrollmentActivated"],
            await _host.WithDbAsync(db => db.AuditEntries.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync()));
    }

    [Fact]
    public async Task ADecidedPaymentIsNotDecidedAgain()
    {
        var (_, paymentId) = await OrderedAndProvedAsync();
        await ConfirmAsync(paymentId);

        var again = await ConfirmAsync(paymentId);

        Assert.Equal(RefusalCode.PaymentAlreadyDecided, again.Refusal!.Code);
    }

    [Fact]
    public async Task AnOrderPastItsExpiryCannotBePaid()
    {
        var (_, paymentId) = await OrderedAndProvedAsync();
        _host.Time.Advance(TimeSpan.FromDays(30));

        var result = await ConfirmAsync(paymentId);

        Assert.Equal(RefusalCode.OrderExpiredUnpaid, result.Refusal!.Code);
        Assert.Equal([new DateOnly(2026, 2, 14)], result.Refusal.Values);
    }

    [Fact]
    public async Task TheProofKeepsThePartnersFiguresAndFlagsAnAmountOtherThanTheOrders()
    {
        var (orderId, _) = await OrderedAndProvedAsync();
        var contoso = await _host.PartnerAsync(Arrange.Contoso);

        var page = await _host.RunAsync<OrderService, OrderDetails?>(s => s.GetAsync(contoso, orderId, CancellationToken.None));

        Assert.Equal(Declared, page!.Order.Payment!.Declared);
        Assert.Equal(PaymentMismatch.None, page.Order.Payment.DeclaredMismatch); // 1650.00 USD declared for a 1650 USD order
    }

    /// <summary>R-FEE-3: 1500 USD received for a 1650 USD order is 150 USD short; without an override nothing is changed.</summary>
    [Fact]
    public async Task AShortPaymentWithoutAnOverrideIsRefusedAndChangesNothing()
    {
        var (orderId, paymentId) = await OrderedAndProvedAsync();

        var result = await ConfirmAsync(paymentId, new Money(1500m, "USD"));

        Assert.Equal((RefusalCode.PaymentShortNeedsOverride, "Override"), (result.Refusal!.Code, result.Refusal.Field));
        Assert.Equal([new Money(1500m, "USD"), new Money(1650m, "USD")], result.Refusal.Values);
        Assert.Equal(OrderStatus.PendingPayment, await _host.WithDbAsync(db => db.Orders.Where(o => o.Id == orderId).Select(o => o.Status).SingleAsync()));
        Assert.Null(await _host.WithDbAsync(db => db.Payments.Select(p => p.DecidedBy).SingleAsync()));
        Assert.Null(await _host.WithDbAsync(db => db.Enrollments.Select(e => e.ActivationDate).SingleAsync()));
    }

    [Theory]
    [InlineData(false, null)]
    [InlineData(true, " ")] // ticked without a reason is no override
    public async Task AnotherCurrencyWithoutAnOverrideWithAReasonIsRefused(bool isOverride, string? reason)
    {
        var (_, paymentId) = await OrderedAndProvedAsync();

        var result = await ConfirmAsync(paymentId, new Money(1650m, "EUR"), isOverride, reason);

        Assert.Equal(RefusalCode.PaymentCurrencyNeedsOverride, result.Refusal!.Code);
    }

    [Fact]
    public async Task AShortPaymentOverriddenWithAReasonActivatesAndIsAudited()
    {
        var (_, paymentId) = await OrderedAndProvedAsync();

        var result = await ConfirmAsync(paymentId, new Money(1620m, "USD"), true, "Bank charges of 30 USD deducted by the intermediary");

        Assert.True(result.IsDone);
        var payment = await _host.WithDbAsync(db => db.Payments.AsNoTracking().SingleAsync());
        Assert.Equal(new ReceivedPayment(new Money(1620m, "USD"), new DateOnly(2026, 1, 14), "BANK-REF-1"), payment.Received);
        Assert.Equal("Bank charges of 30 USD deducted by the intermediary", payment.OverrideReason);
        var audit = await _host.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "PaymentConfirmed"));
        Assert.Equal("Bank charges of 30 USD deducted by the intermediary", audit.Reason);
        Assert.Contains("\"Received\":\"1,620.00 USD\"", audit.After, StringComparison.Ordinal);
        Assert.Contains("\"Mismatch\":\"Short\"", audit.After, StringComparison.Ordinal);
        Assert.NotNull(await _host.WithDbAsync(db => db.Enrollments.Select(e => e.ActivationDate).SingleAsync()));
    }

    [Fact]
    public async Task AnOverpaymentIsConfirmedWithoutAnOverrideAndFlaggedInTheAudit()
    {
        var (_, paymentId) = await OrderedAndProvedAsync();

        var result = await ConfirmAsync(paymentId, new Money(1700m, "USD"));

        Assert.True(result.IsDone);
        var audit = await _host.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "PaymentConfirmed"));
        Assert.Contains("\"Mismatch\":\"Over\"", audit.After, StringComparison.Ordinal);
        Assert.Null(audit.Reason);
    }

    [Fact]
    public async Task AProofForAnotherPartnersOrderIsNotFound()
    {
        var (orderId, _) = await OrderedAndProvedAsync();
        var fabrikam = await _host.PartnerAsync(Arrange.Fabrikam);

        var result = await _host.RunAsync<OrderService, Result>(s => s.UploadProofAsync(fabrikam, orderId, Arrange.Pdf(), Declared, CancellationToken.None));

        Assert.True(result.IsNotFound);
        Assert.Null(await _host.RunAsync<OrderService, OrderDetails?>(s => s.GetAsync(fabrikam, orderId, CancellationToken.None)));
    }

    /// <summary>
    /// R-RNW-1: an option is held through the grace period of its AD's rule set. Silver SECURITY activated 2024-12-01 has its
    /// AD on 2025-12-01, 45 days before 2026-01-15: lapsed under 30 days of grace, in grace under 60. A payment for another
    /// silver SECURITY order (placed before) activates only the first time.
    /// </summary>
    [Theory]
    [InlineData(30, true)]
    [InlineData(60, false)]
    public async Task AnOptionInItsRuleSetsGraceStillHoldsThePlace(int graceDays, bool confirmed)
    {
        _host.Dispose();
        _host = new UseCaseHost(TestRuleSets.Small() with { RenewalGraceDays = graceDays });
        await _host.OrganisationsAsync();
        await _host.ActivatedAsync(Arrange.Contoso, LearningLevel.Silver, "SECURITY", new DateOnly(2024, 12, 1));
        var paymentId = await _host.WithDbAsync(async db =>
        {
            var organisationId = db.PartnerOrganisations.Single(o => o.PartnerId == Arrange.Contoso).Id;
            var enrollment = new Enrollment(organisationId, LearningLevel.Silver, "SECURITY", DateTimeOffset.UnixEpoch);
            db.Enrollments.Add(enrollment);
            await db.SaveChangesAsync();
            var order = new Order(organisationId, enrollment.Id, OrderKind.NewEnrollment, LearningLevel.Silver, new Money(1650m, "USD"), "LP2601-TEST",
                "key", DateTimeOffset.UnixEpoch, new DateOnly(2026, 2, 1), "SECURITY");
            db.Orders.Add(order);
            await db.SaveChangesAsync();
            var payment = new Payment(order.Id, "proof.pdf", "key", UseCaseHost.Actor, DateTimeOffset.UnixEpoch);
            db.Payments.Add(payment);
            await db.SaveChangesAsync();
            return payment.Id;
        });

        var result = await ConfirmAsync(paymentId);

        Assert.Equal(confirmed, result.IsDone);
        Assert.Equal(confirmed ? null : RefusalCode.OptionAlreadyHeld, result.Refusal?.Code);
    }

    public void Dispose() => _host.Dispose();

    private async Task<(int OrderId, int PaymentId)> OrderedAndProvedAsync()
    {
        await _host.OrganisationsAsync();
        await _host.SilverFactsAsync(Arrange.Contoso);
        var contoso = await _host.PartnerAsync(Arrange.Contoso);
        var order = await _host.RunAsync<EnrollmentService, Result<int>>(s =>
            s.PlaceOrderAsync(contoso, new PlaceOrder(LearningLevel.Silver, "SECURITY", Guid.NewGuid(), true), CancellationToken.None));
        var proof = await _host.RunAsync<OrderService, Result>(s => s.UploadProofAsync(contoso, order.Value, Arrange.Pdf(), Declared, CancellationToken.None));
        Assert.True(proof.IsDone);
        return (order.Value, await _host.WithDbAsync(db => db.Payments.Select(p => p.Id).SingleAsync()));
    }

    /// <summary>Confirms with the order's exact price received, unless the test says what was received.</summary>
    private async Task<Result> ConfirmAsync(int paymentId, Money? received = null, bool isOverride = false, string? reason = null)
    {
        var (version, price) = await _host.WithDbAsync(db => db.Payments.Where(p => p.Id == paymentId)
            .Join(db.Orders, p => p.OrderId, o => o.Id, (p, o) => new { p.Version, o.Price }).Select(x => ValueTuple.Create(x.Version, x.Price)).SingleAsync());
        var confirmation = new PaymentConfirmation(new ReceivedPayment(received ?? price, new DateOnly(2026, 1, 14), "BANK-REF-1"), isOverride, reason);
        return await _host.RunAsync<PaymentReviewService, Result>(s => s.ConfirmAsync(paymentId, version, confirmation, CancellationToken.None));
    }

    private static readonly DeclaredPayment Declared = new(new DateOnly(2026, 1, 14), new Money(1650m, "USD"), "FT2601140001");
}
