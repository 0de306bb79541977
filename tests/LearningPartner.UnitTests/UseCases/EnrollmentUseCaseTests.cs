using LearningPartner.Application.Common;
using LearningPartner.Application.Enrollments;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Orders;
using LearningPartner.Domain.Programs;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.UnitTests.UseCases;

/// <summary>
/// Placing an order (R-FEE-1, R-FEE-2, R-SLV-1) on 2026-01-15 under the small FY2026 rule set: silver SECURITY costs USD 1,650,
/// and a pending order expires 30 days after it was placed, on 2026-02-14.
/// </summary>
public sealed class EnrollmentUseCaseTests : IDisposable
{
    private static readonly DateOnly Expiry = new(2026, 2, 14);

    private readonly UseCaseHost _host = new();

    [Fact]
    public async Task ASilverOrderIsPlacedAtTheRuleSetsFeeAndExpiresThirtyDaysLater()
    {
        var contoso = await MeetsSilverAsync();

        var result = await PlaceAsync(contoso, Silver(Guid.NewGuid()));

        Assert.True(result.IsDone);
        var order = await _host.WithDbAsync(db => db.Orders.AsNoTracking().SingleAsync());
        Assert.Equal(result.Value, order.Id);
        Assert.Equal((OrderKind.NewEnrollment, LearningLevel.Silver, "SECURITY"), (order.Kind, order.Level, order.CompetencyCode));
        Assert.Equal(new Money(1650m, "USD"), order.Price);
        Assert.Equal((OrderStatus.PendingPayment, Expiry), (order.Status, order.ExpiresOn));
        var audit = await _host.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "OrderPlaced"));
        Assert.Equal((nameof(Order), order.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (audit.EntityType, audit.EntityId));
        Assert.Contains("\"ProgramYear\":\"FY2026\"", audit.After);
        Assert.Equal("Performance submission confirmed by the partner (R-SLV-1)", audit.Reason);
    }

    [Fact]
    public async Task TheSameSubmissionTwiceMakesOneOrder()
    {
        var contoso = await MeetsSilverAsync();
        var key = Guid.NewGuid();

        var first = await PlaceAsync(contoso, Silver(key));
        var again = await PlaceAsync(contoso, Silver(key));

        Assert.Equal(first.Value, again.Value);
        Assert.Equal(1, await _host.WithDbAsync(db => db.Orders.CountAsync()));
    }

    [Fact]
    public async Task AnotherSubmissionWhileTheOrderIsOpenIsRefusedNamingTheOpenOrder()
    {
        var contoso = await MeetsSilverAsync();
        var first = await PlaceAsync(contoso, Silver(Guid.NewGuid()));

        var second = await PlaceAsync(contoso, Silver(Guid.NewGuid()));

        Assert.Equal(RefusalCode.OrderAlreadyOpen, second.Refusal!.Code);
        Assert.Equal([first.Value], second.Refusal.Values);
        Assert.Equal(1, await _host.WithDbAsync(db => db.Orders.CountAsync()));
    }

    [Fact]
    public async Task SilverWithoutThePerformanceConfirmationIsRefusedAndNothingIsWritten()
    {
        var contoso = await MeetsSilverAsync();

        var result = await PlaceAsync(contoso, Silver(Guid.NewGuid()) with { ConfirmPerformance = false });

        Assert.Equal(RefusalCode.PerformanceNotConfirmed, result.Refusal!.Code);
        Assert.Equal(0, await _host.WithDbAsync(db => db.Orders.CountAsync()));
        Assert.Equal(0, await _host.WithDbAsync(db => db.Enrollments.CountAsync()));
    }

    [Fact]
    public async Task AnOptionWhoseRequirementsAreNotMetIsRefused()
    {
        // One MCT where silver needs two.
        await _host.OrganisationsAsync();
        await _host.SilverFactsAsync(Arrange.Contoso, mcts: 1);

        var result = await PlaceAsync(await _host.PartnerAsync(Arrange.Contoso), Silver(Guid.NewGuid()));

        Assert.Equal(RefusalCode.OptionRequirementsNotMet, result.Refusal!.Code);
    }

    [Fact]
    public async Task AnOptionTheRuleSetDoesNotOfferIsNotFound()
    {
        var contoso = await MeetsSilverAsync();

        var result = await PlaceAsync(contoso, new PlaceOrder(LearningLevel.Gold, "DATA", Guid.NewGuid(), ConfirmPerformance: false));

        Assert.True(result.IsNotFound);
    }

    [Fact]
    public async Task AnExpiredOrderIsCancelledAndReplacedByTheNextOne()
    {
        var contoso = await MeetsSilverAsync();
        var expired = await PlaceAsync(contoso, Silver(Guid.NewGuid()));
        _host.Time.Advance(TimeSpan.FromDays(30)); // 2026-02-14: the first order's expiry date

        var next = await PlaceAsync(contoso, Silver(Guid.NewGuid()));

        Assert.True(next.IsDone);
        Assert.NotEqual(expired.Value, next.Value);
        Assert.Equal(OrderStatus.Cancelled, await _host.WithDbAsync(db => db.Orders.Where(o => o.Id == expired.Value).Select(o => o.Status).SingleAsync()));
        Assert.True(await _host.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "OrderExpired")));
    }

    [Fact]
    public async Task WithoutARuleSetForTheDayNothingCanBeOrdered()
    {
        var contoso = await MeetsSilverAsync();
        _host.Time.SetUtcNow(new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.Zero)); // FY2027: no rule set here

        var offers = await _host.RunAsync<EnrollmentService, EnrollmentOffers>(s => s.GetOffersAsync(contoso, CancellationToken.None));
        var result = await PlaceAsync(contoso, Silver(Guid.NewGuid()));

        Assert.True(offers.RuleSetMissing);
        Assert.Empty(offers.Offers);
        Assert.Equal(RefusalCode.RuleSetMissing, result.Refusal!.Code);
        Assert.Equal([new DateOnly(2026, 7, 1)], result.Refusal.Values);
    }

    public void Dispose() => _host.Dispose();

    private static PlaceOrder Silver(Guid key) => new(LearningLevel.Silver, "SECURITY", key, ConfirmPerformance: true);

    private async Task<PartnerContext> MeetsSilverAsync()
    {
        await _host.OrganisationsAsync();
        await _host.SilverFactsAsync(Arrange.Contoso);
        return await _host.PartnerAsync(Arrange.Contoso);
    }

    private Task<Result<int>> PlaceAsync(PartnerContext partner, PlaceOrder order) =>
        _host.RunAsync<EnrollmentService, Result<int>>(s => s.PlaceOrderAsync(partner, order, CancellationToken.None));
}
