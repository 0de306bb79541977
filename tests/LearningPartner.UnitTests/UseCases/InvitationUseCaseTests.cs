using LearningPartner.Application.Common;
using LearningPartner.Application.Invitations;
using LearningPartner.Domain.Invitations;
using LearningPartner.FunctionalTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningPartner.UnitTests.UseCases;

/// <summary>
/// R-ORG-2 use cases on real SQLite: the token leaves only in the email (the table and the audit trail hold neither it nor
/// its hash in the trail), one pending invitation per address, and an expired one is renewed by inviting again.
/// </summary>
public sealed class InvitationUseCaseTests : IDisposable
{
    private readonly UseCaseHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task TheTokenIsOnlyInTheEmailAndItsHashOnlyInTheInvitation()
    {
        await _host.OrganisationsAsync();
        var contoso = await _host.PartnerAsync(Arrange.Contoso);

        var sent = await InviteAsync(contoso, "Jordan.Lee@Contoso.example");

        Assert.True(sent.IsDone);
        Assert.True(sent.Value!.Emailed);
        var mail = Assert.Single(MailFiles.In(_host.Outbox));
        var token = System.Text.RegularExpressions.Regex.Match(mail.Text, "/invitations/([A-Za-z0-9_-]+)").Groups[1].Value;
        Assert.Contains($"/invitations/{token}", mail.Html, StringComparison.Ordinal);
        Assert.Equal(43, token.Length);
        var stored = await _host.WithDbAsync(db => db.Invitations.AsNoTracking().SingleAsync());
        Assert.Equal(Invitation.HashOf(token), stored.TokenHash);
        Assert.Equal("JORDAN.LEE@CONTOSO.EXAMPLE", stored.NormalizedEmail);
        Assert.Equal(UseCaseHost.Today.ToDateTime(new TimeOnly(9, 0)).AddDays(14), stored.ExpiresAt.UtcDateTime);
        var audit = await _host.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync());
        Assert.Equal("InvitationSent", audit.Action);
        Assert.DoesNotContain(token, audit.After!, StringComparison.Ordinal);
        Assert.DoesNotContain(stored.TokenHash, audit.After!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOpenInvitationToTheSameAddressIsRefusedAndAnExpiredOneIsRenewed()
    {
        await _host.OrganisationsAsync();
        var contoso = await _host.PartnerAsync(Arrange.Contoso);
        await InviteAsync(contoso, "jordan.lee@contoso.example");
        var first = await _host.WithDbAsync(db => db.Invitations.AsNoTracking().SingleAsync());

        var twice = await InviteAsync(contoso, "JORDAN.LEE@contoso.example", "ReportViewer");
        _host.Time.Advance(TimeSpan.FromDays(15));
        var renewed = await InviteAsync(contoso, "JORDAN.LEE@contoso.example", "ReportViewer");

        Assert.Equal(RefusalCode.InvitationAlreadyOpen, twice.Refusal!.Code);
        Assert.Equal(nameof(NewInvitation.Email), twice.Refusal.Field);
        Assert.True(renewed.IsDone);
        var after = await _host.WithDbAsync(db => db.Invitations.AsNoTracking().SingleAsync());
        Assert.Equal(first.Id, after.Id);
        Assert.Equal("ReportViewer", after.Role);
        Assert.NotEqual(first.TokenHash, after.TokenHash);
        Assert.Equal(InvitationState.Open, after.StateAt(_host.Time.GetUtcNow()));
    }

    [Fact]
    public async Task AnotherOrganisationsInvitationIsNotFound()
    {
        await _host.OrganisationsAsync();
        var (contoso, fabrikam) = (await _host.PartnerAsync(Arrange.Contoso), await _host.PartnerAsync(Arrange.Fabrikam));
        var id = (await InviteAsync(contoso, "jordan.lee@contoso.example")).Value!.InvitationId;

        var revoke = await _host.RunAsync<InvitationService, Result>(s => s.RevokeAsync(fabrikam, id, CancellationToken.None));
        var resend = await _host.RunAsync<InvitationService, Result<InvitationSent>>(s => s.ResendAsync(fabrikam, id, "Greta", null, CancellationToken.None));

        Assert.True(revoke.IsNotFound);
        Assert.True(resend.IsNotFound);
        Assert.Empty(await _host.RunAsync<InvitationService, IReadOnlyList<InvitationRow>>(s => s.ListAsync(fabrikam, CancellationToken.None)));
    }

    private Task<Result<InvitationSent>> InviteAsync(PartnerContext partner, string email, string role = "PartnerUser") =>
        _host.RunAsync<InvitationService, Result<InvitationSent>>(s => s.InviteAsync(partner, new NewInvitation(email, role, "Avery Chen"), CancellationToken.None));
}
