using System.Globalization;
using System.Net;
using System.Text.Json;
using LearningPartner.FunctionalTests.Discrepancies;
using LearningPartner.FunctionalTests.Platform;
using LearningPartner.FunctionalTests.Support;
using LearningPartner.Infrastructure.Notifications;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Serilog.Events;

namespace LearningPartner.FunctionalTests.Security;

/// <summary>
/// Issue 20.8: the Host header is the client's to choose. Outside Development only the configured host names are
/// answered; nowhere is a redirect or a link built from the Host a request names.
/// </summary>
public sealed class HostHeaderTests
{
    private const string Evil = "evil.example";
    private const string PublicBaseUrl = "https://portal.example.com";

    [Theory]
    [InlineData("/")]
    [InlineData("/health")]
    [InlineData("/account/sign-in")]
    [InlineData("/staff/payments")]
    [InlineData("/api/v1/directory")]
    public async Task OutsideDevelopmentAnotherHostIsRefusedWith400AndNotEchoed(string path)
    {
        using var portal = StartupConfigurationTests.EntraFactory("Production").WithSetting("AllowedHosts", "portal.example.com");
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://portal.example.com") });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode); // the configured host is answered

        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = Evil;
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(Evil, Everything(response, await response.Content.ReadAsStringAsync()), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Production", null, "AllowedHosts is not set.")]
    [InlineData("Production", "*", "AllowedHosts is '*', which lets any host through.")]
    [InlineData("Staging", "portal.example.com;*", "AllowedHosts is 'portal.example.com;*', which lets any host through.")]
    public void OutsideDevelopmentTheStartRefusesWithoutAllowedHostsAndSaysWhatToSet(string environment, string? allowedHosts, string problem)
    {
        using var portal = StartupConfigurationTests.EntraFactory(environment).WithSetting("AllowedHosts", allowedHosts);

        var error = Record.Exception(() => portal.Server);

        Assert.NotNull(error);
        var messages = string.Join(" | ", Messages(error));
        Assert.Contains(problem, messages);
        Assert.Contains("Set AllowedHosts to the portal's host names, separated by ';', e.g. AllowedHosts=portal.example.com", messages);
        Assert.Contains("See docs/operations.md.", messages);
    }

    [Fact]
    public void InDevelopmentAnyHostMayBeConfigured()
    {
        using var portal = new PortalFactory().WithSetting("AllowedHosts", null);

        Assert.NotNull(portal.Server);
    }

    [Fact]
    public async Task InDevelopmentEveryRedirectIsRelativeWhateverTheHost()
    {
        using var portal = new PortalFactory();
        using var client = portal.CreatePortalClient();
        client.DefaultRequestHeaders.Host = Evil;

        // Not signed in: to the sign-in page (the cookie handler built scheme://Host/account/sign-in before).
        await AssertRedirectAsync(await client.GetAsync("/staff/payments"), "/account/sign-in?ReturnUrl=%2Fstaff%2Fpayments");
        // The sign-in form, post/redirect/get.
        await AssertRedirectAsync(await client.PostFormAsync("/account/sign-in", "/account/sign-in", ("persona", Personas.ContosoUser),
            ("returnUrl", "/dashboard")), "/dashboard");
        // A partner user on a staff page: to access denied (built from the Host before too).
        await AssertRedirectAsync(await client.GetAsync("/staff/payments"), "/account/access-denied?ReturnUrl=%2Fstaff%2Fpayments");
        // Another form, with an absolute return address of the requested host.
        await AssertRedirectAsync(await client.PostFormAsync("/partners/4100001", "/culture", ("culture", "zh-CN"),
            ("returnUrl", $"http://{Evil}/partners/4100001")), "/");
        await AssertRedirectAsync(await client.PostFormAsync("/partners/4100001", "/account/sign-out"), "/");
    }

    [Fact]
    public async Task WithEntraTheSignInReturnAddressComesFromThePublicBaseUrl()
    {
        using var portal = StartupConfigurationTests.EntraFactory("Development").WithSetting("PublicBaseUrl", PublicBaseUrl);
        using var entra = WithOfflineEntra(portal);
        using var client = entra.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Host = Evil;

        using var response = await client.GetAsync("/account/sign-in?returnUrl=%2Fdashboard");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.AbsoluteUri;
        Assert.StartsWith("https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/oauth2/v2.0/authorize?", location);
        Assert.Contains("redirect_uri=https%3A%2F%2Fportal.example.com%2Fsignin-oidc", location);
        Assert.DoesNotContain(Evil, Everything(response, await response.Content.ReadAsStringAsync()), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task WithEntraTheSignOutReturnAddressComesFromThePublicBaseUrl()
    {
        using var portal = StartupConfigurationTests.EntraFactory("Development").WithSetting("PublicBaseUrl", PublicBaseUrl + "/");
        var options = portal.Services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(OpenIdConnectDefaults.AuthenticationScheme);
        var http = new DefaultHttpContext { RequestServices = portal.Services };
        http.Request.Scheme = "http";
        http.Request.Host = new HostString(Evil);
        var context = new RedirectContext(http, new(OpenIdConnectDefaults.AuthenticationScheme, null, typeof(OpenIdConnectHandler)), options, new())
        {
            ProtocolMessage = new OpenIdConnectMessage { PostLogoutRedirectUri = $"http://{Evil}/signout-callback-oidc" },
        };

        await options.Events.RedirectToIdentityProviderForSignOut(context);

        Assert.Equal("https://portal.example.com/signout-callback-oidc", context.ProtocolMessage.PostLogoutRedirectUri);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(PublicBaseUrl)]
    public async Task TheApiDocumentNamesThePublicBaseUrlAsItsServerNeverTheHost(string? baseUrl)
    {
        using var portal = new PortalFactory().WithSetting("PublicBaseUrl", baseUrl);
        using var client = portal.CreatePortalClient();
        client.DefaultRequestHeaders.Host = Evil;

        var body = await client.GetStringAsync("/openapi/v1.json");

        Assert.DoesNotContain(Evil, body, StringComparison.OrdinalIgnoreCase);
        var servers = JsonDocument.Parse(body).RootElement.TryGetProperty("servers", out var list)
            ? list.EnumerateArray().Select(s => s.GetProperty("url").GetString()).ToList()
            : [];
        Assert.Equal(baseUrl is null ? [] : [baseUrl], servers);
    }

    [Fact]
    public async Task ANoticeEmailLinksToThePublicBaseUrlWhateverHostTheChangeCameFrom()
    {
        using var portal = new PortalFactory().WithSetting("PublicBaseUrl", PublicBaseUrl);
        using var admin = await portal.SignedInClientAsync(Personas.ContosoAdmin);
        using var support = portal.CreatePortalClient();
        support.DefaultRequestHeaders.Host = Evil;
        await support.SignInAsync(Personas.Support);
        var id = await CaseFlow.OpenAsync(admin, CaseFlow.Claim("CM2610-9201"));

        await AssertRedirectAsync(await CaseFlow.TakeAsync(support, id), $"/staff/cases/{id}");
        await using var scope = portal.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<NotificationDispatcher>().RunOnceAsync(default));

        var mail = Assert.Single(MailFiles.In(portal.DatabasePath + "-outbox"));
        Assert.Contains($"https://portal.example.com/partners/4100001/cases/{id}", mail.Text);
        Assert.Contains($"href=\"https://portal.example.com/partners/4100001/cases/{id}\"", mail.Html);
        Assert.DoesNotContain(Evil, mail.Whole, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("portal.example.com")]
    [InlineData("ftp://portal.example.com")]
    [InlineData("https://portal.example.com/?tenant=1")]
    public void APublicBaseUrlThatIsNotAnAddressStopsTheStart(string baseUrl)
    {
        using var portal = new PortalFactory().WithSetting("PublicBaseUrl", baseUrl);

        var error = Record.Exception(() => portal.Server);

        Assert.NotNull(error);
        var messages = string.Join(" | ", Messages(error));
        Assert.Contains($"PublicBaseUrl is '{baseUrl}', which is not an address users can reach the portal by.", messages);
        Assert.Contains("PublicBaseUrl=https://portal.example.com", messages);
    }

    [Theory]
    [InlineData("Production", null, true)]
    [InlineData("Production", PublicBaseUrl, false)]
    [InlineData("Development", null, false)]
    public void OutsideDevelopmentWithoutAPublicBaseUrlTheStartSaysWhatToSet(string environment, string? baseUrl, bool warned)
    {
        var logs = new LogCapture();
        using var portal = StartupConfigurationTests.EntraFactory(environment).WithSetting("PublicBaseUrl", baseUrl).CapturingLogs(logs);

        _ = portal.Server;

        var warnings = logs.Events.Where(e => e.Level == LogEventLevel.Warning).Select(e => e.RenderMessage(CultureInfo.InvariantCulture))
            .Where(w => w.StartsWith("PublicBaseUrl is not set", StringComparison.Ordinal)).ToList();
        Assert.Equal(warned ? 1 : 0, warnings.Count);
        Assert.All(warnings, w => Assert.Contains("PublicBaseUrl=https://portal.example.com (docs/operations.md", w));
    }

    private static async Task AssertRedirectAsync(HttpResponseMessage response, string location)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(location, response.Headers.Location?.OriginalString);
            Assert.DoesNotContain(Evil, Everything(response, await response.Content.ReadAsStringAsync()), StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>Entra ID's OpenID configuration given, not fetched: the test machine has no network.</summary>
    private static WebApplicationFactory<Program> WithOfflineEntra(PortalFactory portal) =>
        portal.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o =>
            {
                o.Configuration = new OpenIdConnectConfiguration
                {
                    Issuer = "https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/v2.0",
                    AuthorizationEndpoint = "https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/oauth2/v2.0/authorize",
                    EndSessionEndpoint = "https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/oauth2/v2.0/logout",
                };
                o.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(o.Configuration);
            })));

    /// <summary>Every header name and value and the body, as one text to search.</summary>
    private static string Everything(HttpResponseMessage response, string body) =>
        string.Join("\n", response.Headers.Concat(response.Content.Headers).Select(h => $"{h.Key}: {string.Join(", ", h.Value)}")) + "\n" + body;

    private static IEnumerable<string> Messages(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            yield return e.Message;
        }
    }
}
