using System.Net;
using LearningPartner.FunctionalTests.Support;

namespace LearningPartner.FunctionalTests.Platform;

/// <summary>
/// Behind a load balancer the client's address comes from X-Forwarded-For — only when it is sent by a configured proxy
/// (ForwardedHeaders:KnownProxies). Seen through the directory's rate limit, which counts per client address.
/// Real Kestrel on loopback: requests come from 127.0.0.1.
/// </summary>
public sealed class ForwardedHeadersTests
{
    [Fact]
    public async Task FromAKnownProxyEachForwardedClientHasItsOwnLimit()
    {
        using var portal = Portal(knownProxy: "127.0.0.1");
        using var client = Client(portal);

        Assert.Equal(HttpStatusCode.OK, await DirectoryAsync(client, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await DirectoryAsync(client, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.OK, await DirectoryAsync(client, "203.0.113.8"));
    }

    [Fact]
    public async Task WithoutAKnownProxyTheHeaderIsIgnored()
    {
        using var portal = Portal(knownProxy: null);
        using var client = Client(portal);

        // Both count as 127.0.0.1: a client cannot pick the address it is limited by.
        Assert.Equal(HttpStatusCode.OK, await DirectoryAsync(client, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await DirectoryAsync(client, "203.0.113.8"));
    }

    [Fact]
    public void AProxyThatIsNotAnAddressStopsTheStartWithAMessage()
    {
        using var portal = new PortalFactory().WithSetting("ForwardedHeaders:KnownProxies:0", "lb.example.internal");

        var error = Record.Exception(() => portal.CreatePortalClient());

        Assert.NotNull(error);
        Assert.Contains("lb.example.internal", error.ToString());
        Assert.Contains("not an IP address", error.ToString());
    }

    private static PortalFactory Portal(string? knownProxy)
    {
        var portal = new PortalFactory()
            .WithSetting("RateLimits:Directory:PermitLimit", "1")
            .WithSetting("RateLimits:Directory:WindowSeconds", "3600");
        if (knownProxy is not null)
        {
            portal.WithSetting("ForwardedHeaders:KnownProxies:0", knownProxy);
        }

        portal.UseKestrel(0);
        portal.StartServer();
        return portal;
    }

    private static HttpClient Client(PortalFactory portal) => new() { BaseAddress = portal.ClientOptions.BaseAddress };

    private static async Task<HttpStatusCode> DirectoryAsync(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/directory");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
