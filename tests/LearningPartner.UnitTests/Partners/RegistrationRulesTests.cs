using LearningPartner.Domain.Partners;

namespace LearningPartner.UnitTests.Partners;

/// <summary>R-ORG-1: a registered company's verification status, its website, and when it may order.</summary>
public sealed class RegistrationRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private static readonly Registration Facts = new("1 Station Road, Cambridge", "https://www.litware.example", "GB123456789", "Casey Morgan",
        "casey@litware.example");

    [Fact]
    public void ARegisteredCompanyIsPendingVerificationAndCannotOrder()
    {
        var company = PartnerOrganisation.Register("4100009", "Litware Learning Ltd", "GB", Facts, Now);

        Assert.Equal(VerificationStatus.PendingVerification, company.Verification);
        Assert.Equal(OrderingBlock.PendingVerification, OrderingRules.Check(company.Verification, mustAcceptAgreement: false));
        Assert.False(OrderingRules.MayOrder(company.Verification, mustAcceptAgreement: false));
    }

    [Fact]
    public void OnceVerifiedItMayOrder()
    {
        var company = PartnerOrganisation.Register("4100009", "Litware Learning Ltd", "GB", Facts, Now);

        company.Verify(Now.AddDays(1));

        Assert.Equal(VerificationStatus.Verified, company.Verification);
        Assert.True(OrderingRules.MayOrder(company.Verification, mustAcceptAgreement: false));
    }

    [Fact]
    public void ARejectedCompanyKeepsTheReasonAndCannotOrder()
    {
        var company = PartnerOrganisation.Register("4100009", "Litware Learning Ltd", "GB", Facts, Now);

        company.Reject(Now.AddDays(1), " Tax id unknown. ");

        Assert.Equal((VerificationStatus.Rejected, "Tax id unknown."), (company.Verification, company.RejectionReason));
        Assert.Equal(OrderingBlock.Rejected, OrderingRules.Check(company.Verification, mustAcceptAgreement: false));
        Assert.Throws<InvalidOperationException>(() => company.Verify(Now.AddDays(2)));
    }

    [Fact]
    public void AnOrganisationFromBeforeSignUpCountsAsVerified() =>
        Assert.Equal(VerificationStatus.Verified, new PartnerOrganisation("4100001", "Contoso Learning Ltd", "US").Verification);

    [Fact]
    public void AVerifiedCompanyWithAnOutdatedAgreementMustAcceptItBeforeOrdering() =>
        Assert.Equal(OrderingBlock.AgreementNotAccepted, OrderingRules.Check(VerificationStatus.Verified, mustAcceptAgreement: true));

    [Theory]
    [InlineData("2026-2", "2026-1", true, true)] // a newer version: accept again
    [InlineData("2026-1", "2026-1", true, false)]
    [InlineData("2026-1", null, true, true)] // registered without an acceptance: never happens, but it must accept
    [InlineData("2026-1", null, false, false)] // joined before acceptances were recorded: its paper agreement binds it (ADR-015)
    [InlineData("2026-2", "2026-1", false, true)] // once it accepted in the portal, it follows new versions
    public void TheAgreementIsAcceptedAgainWhenTheConfiguredVersionChanges(string configured, string? accepted, bool registered, bool mustAccept) =>
        Assert.Equal(mustAccept, AgreementRules.MustAccept(configured, accepted, registered));

    [Theory]
    [InlineData("https://www.contoso.com", true)]
    [InlineData("https://contoso.com/training?x=1", true)]
    [InlineData(" https://contoso.com ", true)]
    [InlineData("http://www.contoso.com", false)]
    [InlineData("ftp://contoso.com", false)]
    [InlineData("www.contoso.com", false)]
    [InlineData("https://localhost", false)]
    [InlineData("https://user:secret@contoso.com", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TheWebsiteMustBeAnHttpsAddress(string? website, bool valid) => Assert.Equal(valid, Websites.IsHttpsUrl(website));

    [Fact]
    public void RegisteringWithAnHttpWebsiteIsAProgrammingError() =>
        Assert.Throws<ArgumentException>(() => PartnerOrganisation.Register("4100009", "Litware", "GB", Facts with { Website = "http://litware.example" }, Now));
}
