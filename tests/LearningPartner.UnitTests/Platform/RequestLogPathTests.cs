using LearningPartner.Web.Startup;

namespace LearningPartner.UnitTests.Platform;

public sealed class RequestLogPathTests
{
    [Theory]
    [InlineData("/invitations/Xq3v9Jk2_abcDEF-123456789012345678901234567", "/invitations/{token}")]
    [InlineData("/Invitations/secret", "/invitations/{token}")]
    [InlineData("/partners/4100001/invitations", "/partners/4100001/invitations")]
    [InlineData("/partners/4100001/invitations/12/resend", "/partners/4100001/invitations/12/resend")]
    [InlineData("/dashboard", "/dashboard")]
    public void AnInvitationsSecretTokenIsNeverLogged(string path, string logged) =>
        // R-ORG-2: the token accepts the invitation; the logs keep only the route.
        Assert.Equal(logged, RequestLogPath.Of(path));
}
