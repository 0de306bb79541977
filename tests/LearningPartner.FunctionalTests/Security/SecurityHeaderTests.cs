using System.Net;
using LearningPartner.FunctionalTests.Platform;
using LearningPartner.FunctionalTests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LearningPartner.FunctionalTests.Security;

/// <summary>
/// Issue 11 (ASVS V3): every kind of response carries the security headers — a page, an API answer, an error page, a
/// redirect, a static file — and responses that may carry a partner's data are never stored.
/// </summary>
public sealed class SecurityHeaderTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                                  + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static TheoryData<string?, string, HttpStatusCode, bool> Responses() => new()
    {
        // persona, url, expected status, never stored
        { Personas.ContosoAdmin, "/partners/4100001/kpis", HttpStatusCode.OK, true }, // a page with partner data
        { Personas.ContosoAdmin, "/api/v1/partners/4100001/eligibility", HttpStatusCode.OK, true }, // an API answer
        { null, "/api/v1/partners/4100001/eligibility", HttpStatusCode.Unauthorized, true },
        { Personas.ContosoAdmin, "/partners/4100001/no-such-page", HttpStatusCode.NotFound, true }, // the error page
        { null, "/partners/4100001", HttpStatusCode.Redirect, true }, // a redirect to sign in
        { null, "/directory", HttpStatusCode.OK, true }, // a public page: its forms carry antiforgery tokens, never stored either
        { null, "/css/site.css", HttpStatusCode.OK, false }, // a static file
        { Personas.Support, "/error", HttpStatusCode.InternalServerError, true },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task EveryResponseCarriesTheSecurityHeaders(string? persona, string url, HttpStatusCode status, bool neverStored)
    {
        using var client = await factory.SignedInClientAsync(persona);

        using var response = await client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(Policy, Header(response, "Content-Security-Policy"));
        Assert.DoesNotContain("unsafe-inline", Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.False(response.Headers.Contains("Server"));
        Assert.Equal(neverStored, response.Headers.CacheControl?.NoStore == true);
    }

    [Fact]
    public async Task OutsideDevelopmentHttpsAnswersCarryHstsAndTheSignInOriginIsAFormAction()
    {
        using var production = StartupConfigurationTests.EntraFactory("Production").WithSetting("AllowedHosts", "portal.example");
        production.ClientOptions.BaseAddress = new Uri("https://portal.example");
        using var client = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://portal.example") });

        using var response = await client.GetAsync("/directory");

        Assert.Equal("max-age=31536000", Header(response, "Strict-Transport-Security"));
        Assert.Contains("form-action 'self' https://login.microsoftonline.com;", Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task KestrelSendsNoServerHeader()
    {
        using var kestrel = new PortalFactory();
        kestrel.UseKestrel(0);
        kestrel.StartServer();
        using var client = new HttpClient { BaseAddress = kestrel.ClientOptions.BaseAddress };

        using var response = await client.GetAsync("/directory");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var contentValues) ? string.Join(",", contentValues)
        : string.Empty;
}
