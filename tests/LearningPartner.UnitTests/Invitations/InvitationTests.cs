using LearningPartner.Domain.Invitations;

namespace LearningPartner.UnitTests.Invitations;

/// <summary>R-ORG-2: an invitation is single-use, expires after its validity, and is accepted only by the invited address.</summary>
public sealed class InvitationTests
{
    private static readonly DateTimeOffset Sent = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private static readonly string Hash = new('a', 64);

    [Fact]
    public void ItIsOpenUntilExactlyFourteenDaysAfterItWasSentAndExpiredOneTickLater()
    {
        var invitation = New();

        Assert.Equal(new DateTimeOffset(2026, 12, 9, 10, 0, 0, TimeSpan.Zero), invitation.ExpiresAt);
        Assert.Equal(InvitationState.Open, invitation.StateAt(Sent));
        Assert.Equal(InvitationState.Open, invitation.StateAt(new DateTimeOffset(2026, 12, 9, 10, 0, 0, TimeSpan.Zero)));
        Assert.Null(invitation.CheckAcceptance(new DateTimeOffset(2026, 12, 9, 10, 0, 0, TimeSpan.Zero), "jordan.lee@contoso.example"));
        Assert.Equal(InvitationState.Expired, invitation.StateAt(new DateTimeOffset(2026, 12, 9, 10, 0, 0, TimeSpan.Zero).AddTicks(1)));
        Assert.Equal(InvitationRefusal.Expired,
            invitation.CheckAcceptance(new DateTimeOffset(2026, 12, 9, 10, 0, 0, TimeSpan.Zero).AddTicks(1), "jordan.lee@contoso.example"));
    }

    [Theory]
    [InlineData("jordan.lee@contoso.example")]
    [InlineData("JORDAN.LEE@CONTOSO.EXAMPLE")]
    [InlineData("  Jordan.Lee@Contoso.Example ")]
    public void TheInvitedAddressMatchesWhateverItsCase(string email) => Assert.Null(New().CheckAcceptance(Sent.AddDays(1), email));

    [Theory]
    [InlineData("jordan.lee@fabrikam.example")]
    [InlineData("jordan.lee@contoso.example.evil")]
    [InlineData("")]
    [InlineData(null)]
    public void AnotherAddressOrNoneIsRefused(string? email) =>
        Assert.Equal(InvitationRefusal.EmailMismatch, New().CheckAcceptance(Sent.AddDays(1), email));

    [Fact]
    public void AnAcceptedInvitationIsUsedAndCannotBeAcceptedAgain()
    {
        var invitation = New();

        invitation.Accept(Sent.AddDays(1), "jordan.lee@contoso.example", "TENANT-A", "OBJECT-A");

        Assert.Equal(InvitationState.Accepted, invitation.StateAt(Sent.AddDays(2)));
        // Accepted stays accepted, even after its expiry.
        Assert.Equal(InvitationState.Accepted, invitation.StateAt(Sent.AddDays(30)));
        Assert.Equal("tenant-a", invitation.AcceptedByTenantId);
        Assert.Equal("object-a", invitation.AcceptedByObjectId);
        Assert.Equal(InvitationRefusal.AlreadyUsed, invitation.CheckAcceptance(Sent.AddDays(2), "jordan.lee@contoso.example"));
        Assert.Throws<InvalidOperationException>(() => invitation.Accept(Sent.AddDays(2), "jordan.lee@contoso.example", "t", "o"));
        Assert.Throws<InvalidOperationException>(() => invitation.Revoke(Sent.AddDays(2)));
    }

    [Fact]
    public void ARevokedInvitationIsRefused()
    {
        var invitation = New();

        invitation.Revoke(Sent.AddHours(1));

        Assert.Equal(InvitationState.Revoked, invitation.StateAt(Sent.AddHours(2)));
        Assert.Equal(InvitationRefusal.Revoked, invitation.CheckAcceptance(Sent.AddHours(2), "jordan.lee@contoso.example"));
        Assert.Throws<InvalidOperationException>(() => invitation.Accept(Sent.AddHours(2), "jordan.lee@contoso.example", "t", "o"));
    }

    [Fact]
    public void ResendingGivesANewHashAndANewExpiry()
    {
        var invitation = New();

        invitation.Renew(new string('b', 64), "Other Admin", Sent.AddDays(20), TimeSpan.FromDays(14));

        Assert.Equal(new string('b', 64), invitation.TokenHash);
        Assert.Equal(new DateTimeOffset(2026, 12, 29, 10, 0, 0, TimeSpan.Zero), invitation.ExpiresAt);
        Assert.Equal(InvitationState.Open, invitation.StateAt(Sent.AddDays(21)));
        Assert.Equal("Other Admin", invitation.InvitedBy);
    }

    [Theory]
    [InlineData("SupportStaff")]
    [InlineData("DirectoryEditor")]
    [InlineData("partneradmin")]
    [InlineData("Owner")]
    public void TheRoleMustBeAPartnerRole(string role) =>
        Assert.Throws<ArgumentException>(() => new Invitation(1, "jordan.lee@contoso.example", role, Hash, "Avery Chen", Sent, TimeSpan.FromDays(14)));

    [Theory]
    [InlineData("PartnerAdmin")]
    [InlineData("AccountAdmin")]
    [InlineData("PartnerUser")]
    [InlineData("ReportViewer")]
    public void EveryPartnerRoleCanBeGiven(string role) =>
        Assert.Equal(role, new Invitation(1, "jordan.lee@contoso.example", role, Hash, "Avery Chen", Sent, TimeSpan.FromDays(14)).Role);

    [Fact]
    public void TheTokenIsKeptOnlyAsItsSha256()
    {
        // SHA-256("abc"), the FIPS 180-2 test vector.
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Invitation.HashOf("abc"));
        Assert.Throws<ArgumentException>(() => new Invitation(1, "a@b.example", "PartnerUser", "not-a-hash", "Avery Chen", Sent, TimeSpan.FromDays(14)));
    }

    private static Invitation New() =>
        new(1, "Jordan.Lee@Contoso.example", "PartnerUser", Hash, "Avery Chen", Sent, TimeSpan.FromDays(14));
}
