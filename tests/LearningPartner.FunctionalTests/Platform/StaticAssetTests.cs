using System.Net;
using System.Text.RegularExpressions;
using LearningPartner.FunctionalTests.Support;

namespace LearningPartner.FunctionalTests.Platform;

/// <summary>
/// Issue 24, ADR-018: static files are served the modern ASP.NET Core way — fingerprinted URLs in the pages, compressed
/// at build time, cached as immutable outside Development — while pages, which carry antiforgery tokens, are never
/// compressed on the fly (BREACH).
/// </summary>
public sealed partial class StaticAssetTests : IDisposable
{
    /// <summary>
    /// Served from the build, as in Development; with Development's caching on, the headers are the ones a published portal
    /// sends (ASP.NET Core otherwise answers no-cache in Development so that edits show at once).
    /// </summary>
    private readonly PortalFactory _built = new PortalFactory().WithSetting("EnableStaticAssetsDevelopmentCaching", "true");

    private readonly PortalFactory _production = StartupConfigurationTests.EntraFactory("Production");

    [Fact]
    public async Task PagesLinkFingerprintedAssetsThatAreCompressedAndCachedAsImmutable()
    {
        using var client = _built.CreatePortalClient();
        var page = await client.GetStringAsync("/directory");

        var assets = FingerprintedAsset().Matches(page).Select(m => m.Value).Distinct().ToList();
        Assert.Equal(3, assets.Count); // site.css, site.js and the icon
        foreach (var asset in assets)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, asset);
            request.Headers.Add("Accept-Encoding", "br, gzip");
            using var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("immutable", response.Headers.CacheControl?.Extensions.Select(e => e.Name) ?? []);
            Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
            if (!asset.EndsWith(".svg", StringComparison.Ordinal) || response.Content.Headers.ContentEncoding.Count > 0)
            {
                Assert.Contains(response.Content.Headers.ContentEncoding.Single(), new[] { "br", "gzip" });
            }
        }
    }

    [Theory]
    [InlineData("/directory")] // the public directory's search and language forms
    [InlineData("/")]
    public async Task APageWithAntiforgeryTokensIsNeverCompressedOnTheFly(string url)
    {
        using var client = Https(_production);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Accept-Encoding", "br, gzip, deflate");

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("__RequestVerificationToken", body, StringComparison.Ordinal);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task TheLanguageSwitchIsLaidOutWithoutScript()
    {
        using var client = _production.CreatePortalClient();
        client.BaseAddress = new Uri("https://localhost");

        var page = await client.GetStringAsync("/directory");

        // Its button is for browsers without script only, decided before the first paint; no script hides it after load.
        Assert.Matches("<noscript><button type=\"submit\"[^>]*>Change language</button></noscript>", page);
        Assert.DoesNotContain("js-hide-when-scripted", page, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _built.Dispose();
        _production.Dispose();
    }

    /// <summary>Outside Development the portal redirects plain http to https: the client speaks https to the test server.</summary>
    private static HttpClient Https(PortalFactory factory)
    {
        var client = factory.CreatePortalClient();
        client.BaseAddress = new Uri("https://localhost");
        return client;
    }

    [GeneratedRegex(@"/(?:css|js)?/?[a-z]+\.[a-z0-9]{8,}\.(?:css|js|svg)")]
    private static partial Regex FingerprintedAsset();
}
