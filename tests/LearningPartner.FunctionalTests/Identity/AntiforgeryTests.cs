using System.Net;
using LearningPartner.FunctionalTests.Support;

namespace LearningPartner.FunctionalTests.Identity;

public sealed class AntiforgeryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(null, "/culture")]
    [InlineData(null, "/account/sign-in")]
    [InlineData(Personas.Support, "/staff/partner-users")]
    [InlineData(Personas.Support, "/resources/EnrollmentGuide/edit")]
    [InlineData(Personas.ContosoUser, "/account/sign-out")]
    public async Task PostWithoutTokenIsRejected(string? persona, string url)
    {
        using var client = await factory.SignedInClientAsync(persona);

        using var response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["persona"] = Personas.Support,
            ["culture"] = "zh-CN",
            ["NewLink.ObjectId"] = Guid.NewGuid().ToString(),
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task TokenOfAnotherSessionIsRejected()
    {
        using var other = factory.CreatePortalClient();
        var foreignToken = await other.GetAntiforgeryTokenAsync("/account/sign-in");
        using var client = await factory.SignedInClientAsync(Personas.Support);

        using var response = await client.PostAsync("/staff/partner-users", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = foreignToken,
            ["NewLink.ObjectId"] = Guid.NewGuid().ToString(),
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
