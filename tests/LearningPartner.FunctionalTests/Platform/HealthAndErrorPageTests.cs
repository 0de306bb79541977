using System.Net;
using LearningPartner.FunctionalTests.Support;

namespace LearningPartner.FunctionalTests.Platform;

public sealed class HealthAndErrorPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task HealthReportsTheDatabase()
    {
        using var client = factory.CreatePortalClient();

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"status\":\"Healthy\",\"checks\":{\"database\":\"Healthy\",\"database-file\":\"Healthy\"}}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task LivenessAnswersInPlainTextWithoutSignIn()
    {
        using var client = factory.CreatePortalClient();

        using var response = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownAddressGetsTheFriendlyNotFoundPage()
    {
        using var client = factory.CreatePortalClient();

        using var response = await client.GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Page not found", html);
        Assert.Contains("<nav", html);
    }

    [Fact]
    public async Task AnotherOrganisationsPageLooksExactlyLikeAMissingOne()
    {
        using var client = await factory.SignedInClientAsync(Personas.FabrikamAdmin);

        using var other = await client.GetAsync("/partners/4100001");
        using var missing = await client.GetAsync("/partners/4199999");

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var otherHtml = await other.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Contoso", otherHtml);
        Assert.Contains("Page not found", otherHtml);
    }
}
