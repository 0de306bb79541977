using LearningPartner.Application.Common;
using LearningPartner.Application.Renewal;
using LearningPartner.Domain.Common;
using LearningPartner.Domain.Programs;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.UnitTests.UseCases;

/// <summary>
/// Renewing from the anniversary date (R-RNW-1, R-GLD-2) under the small FY2026 rule set (2025-07-01 to 2026-07-01, 30 days of
/// grace). Silver SECURITY activated 2024-12-20 has its AD on 2025-12-20: on 2026-01-15 it is in grace, until 2026-01-19.
/// </summary>
public sealed class RenewalUseCaseTests : IDisposable
{
    private readonly UseCaseHost _host = new();

    [Fact]
    public async Task InGraceTheRenewalIsPricedFromTheAnniversarysRuleSetAndOrderedOnce()
    {
        var (contoso, enrollmentId) = await HeldAsync(new DateOnly(2024, 12, 20));

        var quote = (await QuoteAsync(contoso, enrollmentId))!;
        var key = Guid.NewGuid();
        var placed = await PlaceAsync(contoso, enrollmentId, key);
        var replayed = await PlaceAsync(contoso, enrollmentId, key);
        var another = await PlaceAsync(contoso, enrollmentId, Guid.NewGuid());

        Assert.True(quote.CanRenew);
        Assert.Equal((new DateOnly(2025, 12, 20), new DateOnly(2026, 1, 18)), (quote.Anniversary, quote.GraceLastDay));
        Assert.Equal((LearningLevel.Silver, new Money(1650m, "USD")), (quote.RenewsAt, quote.Price));
        Assert.Equal(placed.Value, replayed.Value);
        Assert.Equal(RefusalCode.RenewalAlreadyOpen, another.Refusal!.Code);
        // A pending renewal lapses with its option at the end of grace: it expires on 2026-01-19, not 30 days on.
        Assert.Equal(new DateOnly(2026, 1, 19), await _host.WithDbAsync(db => db.Orders.Select(o => o.ExpiresOn).SingleAsync()));
    }

    [Fact]
    public async Task BeforeTheAnniversaryRenewalIsNotOpenYetAndSaysWhenItOpens()
    {
        var (contoso, enrollmentId) = await HeldAsync(new DateOnly(2025, 3, 1));

        var quote = (await QuoteAsync(contoso, enrollmentId))!;
        var placed = await PlaceAsync(contoso, enrollmentId, Guid.NewGuid());

        Assert.Equal(Refusal.Of(RefusalCode.RenewalNotOpenYet, new DateOnly(2026, 3, 1)).Values, quote.Refusal!.Values);
        Assert.Equal(RefusalCode.RenewalNotOpenYet, placed.Refusal!.Code);
    }

    [Fact]
    public async Task AfterGraceTheOptionHasLapsed()
    {
        var (contoso, enrollmentId) = await HeldAsync(new DateOnly(2024, 12, 1)); // AD 2025-12-01: grace ended 2025-12-31

        Assert.Equal(RefusalCode.RenewalLapsed, (await QuoteAsync(contoso, enrollmentId))!.Refusal!.Code);
    }

    [Fact]
    public async Task AnotherPartnersOptionHasNoRenewal()
    {
        var (_, enrollmentId) = await HeldAsync(new DateOnly(2024, 12, 20));
        var fabrikam = await _host.PartnerAsync(Arrange.Fabrikam);

        Assert.Null(await QuoteAsync(fabrikam, enrollmentId));
        Assert.True((await PlaceAsync(fabrikam, enrollmentId, Guid.NewGuid())).IsNotFound);
    }

    public void Dispose() => _host.Dispose();

    private async Task<(PartnerContext Partner, int EnrollmentId)> HeldAsync(DateOnly activatedOn)
    {
        await _host.OrganisationsAsync();
        await _host.SilverFactsAsync(Arrange.Contoso);
        var enrollmentId = await _host.ActivatedAsync(Arrange.Contoso, LearningLevel.Silver, "SECURITY", activatedOn);
        return (await _host.PartnerAsync(Arrange.Contoso), enrollmentId);
    }

    private Task<RenewalQuote?> QuoteAsync(PartnerContext partner, int enrollmentId) =>
        _host.RunAsync<RenewalService, RenewalQuote?>(s => s.GetAsync(partner, enrollmentId, CancellationToken.None));

    private Task<Result<int>> PlaceAsync(PartnerContext partner, int enrollmentId, Guid key) =>
        _host.RunAsync<RenewalService, Result<int>>(s => s.PlaceAsync(partner, enrollmentId, key, CancellationToken.None));
}
