using System.Net;
using LearningPartner.FunctionalTests.Platform;
using LearningPartner.FunctionalTests.Support;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LearningPartner.FunctionalTests.Security;

/// <summary>
/// Issue 11 (ASVS V7): a session ends after its idle time without use, and after its absolute time however it is used;
/// the antiforgery cookie is host-prefixed, Secure, HttpOnly and SameSite=Strict outside Development.
/// </summary>
public sealed class SessionTimeoutTests : IDisposable
{
    private const string Page = "/partners/4100001";
    private readonly PortalFactory _factory = new PortalFactory().WithSetting("Session:IdleMinutes", "30").WithSetting("Session:AbsoluteHours", "2");

    [Fact]
    public async Task AnIdleSessionEndsAfterItsIdleTime()
    {
        using var client = await _factory.SignedInClientAsync(Personas.ContosoAdmin);

        _factory.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Page)).StatusCode);
        _factory.Clock.Advance(TimeSpan.FromMinutes(31));

        Assert.StartsWith("/account/sign-in", (await client.GetAsync(Page)).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task UseKeepsASessionAliveUntilItsAbsoluteTime()
    {
        using var client = await _factory.SignedInClientAsync(Personas.ContosoAdmin);

        // Used every 20 minutes: alive for the 2 hours of the absolute timeout, not a minute more.
        for (var minutes = 20; minutes < 120; minutes += 20)
        {
            _factory.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Page)).StatusCode);
        }

        _factory.Clock.Advance(TimeSpan.FromMinutes(20)); // 2 h after sign-in
        Assert.StartsWith("/account/sign-in", (await client.GetAsync(Page)).Headers.Location?.OriginalString);
        Assert.StartsWith("/account/sign-in", (await client.GetAsync(Page)).Headers.Location?.OriginalString); // signed out for good
    }

    [Fact]
    public void OutsideDevelopmentTheAntiforgeryCookieIsHostPrefixedSecureHttpOnlyAndStrict()
    {
        using var production = StartupConfigurationTests.EntraFactory("Production");

        var cookie = production.Services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie;

        Assert.Equal(("__Host-LearningPartner.Antiforgery", CookieSecurePolicy.Always, true, SameSiteMode.Strict),
            (cookie.Name, cookie.SecurePolicy, cookie.HttpOnly, cookie.SameSite));
    }

    public void Dispose() => _factory.Dispose();
}
