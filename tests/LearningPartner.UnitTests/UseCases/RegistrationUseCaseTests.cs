using LearningPartner.Application.Common;
using LearningPartner.Application.Enrollments;
using LearningPartner.Application.Registration;
using LearningPartner.Application.RegistrationReview;
using LearningPartner.Domain.Partners;
using LearningPartner.Domain.Programs;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.UnitTests.UseCases;

/// <summary>R-ORG-1: a registered company cannot order until verified, nor with an outdated agreement.</summary>
public sealed class RegistrationUseCaseTests : IDisposable
{
    private static readonly Registrant Casey = new("0B5E7A10-0000-0000-0000-00000000AAAA", "5F1C0A52-0000-0000-0000-00000000BBBB", "Casey Morgan",
        "casey@litware.example");

    private readonly UseCaseHost _host = new();

    [Fact]
    public async Task ARegistrationGetsTheNextPartnerIdItsPersonIsItsAdminAndItCannotOrderUntilVerified()
    {
        await _host.OrganisationsAsync();

        var registered = await RegisterAsync(Casey);

        Assert.Equal("4100003", registered.Value);
        var admin = await _host.WithDbAsync(db => db.PartnerUsers.AsNoTracking().SingleAsync());
        Assert.Equal(("0b5e7a10-0000-0000-0000-00000000aaaa", "5f1c0a52-0000-0000-0000-00000000bbbb", PortalRoles.PartnerAdmin),
            (admin.TenantId, admin.ObjectId, admin.Role));
        await _host.SilverFactsAsync("4100003");
        var litware = await _host.PartnerAsync("4100003");

        var refused = await PlaceAsync(litware);

        Assert.Equal(RefusalCode.PartnerPendingVerification, refused.Refusal!.Code);
        Assert.Equal(0, await _host.WithDbAsync(db => db.Orders.CountAsync()));

        var verified = await _host.RunAsync<RegistrationReviewService, Result>(s => s.VerifyAsync(litware.OrganisationId, CancellationToken.None));
        Assert.True(verified.IsDone);
        Assert.True((await PlaceAsync(litware)).IsDone);
    }

    [Fact]
    public async Task ARejectedCompanyIsRefusedWithStaffsReason()
    {
        var registered = await RegisterAsync(Casey);
        var litware = await _host.PartnerAsync(registered.Value!);
        await _host.RunAsync<RegistrationReviewService, Result>(s => s.RejectAsync(litware.OrganisationId, "Unknown tax id", CancellationToken.None));

        var refused = await PlaceAsync(litware);

        Assert.Equal(RefusalCode.PartnerRegistrationRejected, refused.Refusal!.Code);
        Assert.Equal(["Unknown tax id"], refused.Refusal.Values);
    }

    [Fact]
    public async Task APersonWhoAlreadyBelongsToAnOrganisationCannotRegisterAnother()
    {
        await RegisterAsync(Casey);

        var again = await RegisterAsync(Casey with { DisplayName = "Casey M." });

        Assert.Equal(RefusalCode.AlreadyMember, again.Refusal!.Code);
        Assert.Equal(1, await _host.WithDbAsync(db => db.PartnerOrganisations.CountAsync()));
    }

    [Fact]
    public async Task AnOutdatedAgreementIsAcceptedAgainBeforeOrdering()
    {
        await _host.OrganisationsAsync();
        await _host.SilverFactsAsync(Arrange.Contoso);
        var contoso = await _host.PartnerAsync(Arrange.Contoso);
        await _host.WithDbAsync(async db =>
        {
            db.AgreementAcceptances.Add(new AgreementAcceptance(contoso.OrganisationId, "2025-1", "t", "o", "Avery Chen", DateTimeOffset.UnixEpoch));
            return await db.SaveChangesAsync();
        });

        var refused = await PlaceAsync(contoso);
        Assert.Equal((RefusalCode.AgreementNotAccepted, "2026-1"), (refused.Refusal!.Code, (string)refused.Refusal.Values[0]));

        await _host.RunAsync<RegistrationService, Result>(s => s.AcceptAgreementAsync(contoso, Casey, CancellationToken.None));

        Assert.True((await PlaceAsync(contoso)).IsDone);
        Assert.Equal(["2025-1", "2026-1"], await _host.WithDbAsync(db => db.AgreementAcceptances.OrderBy(a => a.Id).Select(a => a.Version).ToListAsync()));
    }

    public void Dispose() => _host.Dispose();

    private Task<Result<string>> RegisterAsync(Registrant registrant) =>
        _host.RunAsync<RegistrationService, Result<string>>(s => s.RegisterAsync(registrant,
            new RegisterCompany("Litware Learning Inc.", "US", "1 Main Street, Redmond", "https://www.litware.example", "US-11-1111111", "Casey Morgan",
                "casey@litware.example"), CancellationToken.None));

    private Task<Result<int>> PlaceAsync(PartnerContext partner) =>
        _host.RunAsync<EnrollmentService, Result<int>>(s => s.PlaceOrderAsync(partner,
            new PlaceOrder(LearningLevel.Silver, "SECURITY", Guid.NewGuid(), ConfirmPerformance: true), CancellationToken.None));
}
