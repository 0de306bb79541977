using LearningPartner.FunctionalTests.Support;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LearningPartner.FunctionalTests.Platform;

public sealed class StartupConfigurationTests
{
    [Fact]
    public void OutsideDevelopmentWithoutEntraTheAppRefusesToStartAndSaysWhatToConfigure()
    {
        using var factory = new PortalFactory { EnvironmentName = "Production" };

        var error = Record.Exception(() => factory.CreatePortalClient());

        Assert.NotNull(error);
        var messages = string.Join(" | ", Flatten(error).Select(e => e.Message));
        Assert.Contains("AzureAd:ClientId", messages);
        Assert.Contains("AzureAd:TenantId", messages);
        Assert.Contains("docs/operations.md", messages);
    }

    [Fact]
    public void WithEntraTheCorrelationAndNonceCookiesStaySameSiteNone()
    {
        using var factory = EntraFactory("Production");

        var oidc = factory.Services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>()
            .Get(OpenIdConnectDefaults.AuthenticationScheme);

        Assert.Equal(SameSiteMode.None, oidc.CorrelationCookie.SameSite);
        Assert.Equal(SameSiteMode.None, oidc.NonceCookie.SameSite);
        Assert.Equal(CookieSecurePolicy.Always, oidc.CorrelationCookie.SecurePolicy);
        Assert.Equal(CookieSecurePolicy.Always, oidc.NonceCookie.SecurePolicy);
        Assert.Equal("https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/v2.0", oidc.Authority);
        Assert.Equal("6e7b5a2c-0000-4000-8000-000000000001", oidc.ClientId);
    }

    [Fact]
    public void OutsideDevelopmentTheSessionCookieIsHostPrefixedSecureHttpOnlyAndLax()
    {
        using var factory = EntraFactory("Production");

        var cookie = factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(CookieAuthenticationDefaults.AuthenticationScheme).Cookie;

        Assert.Equal("__Host-LearningPartner", cookie.Name);
        Assert.Equal(CookieSecurePolicy.Always, cookie.SecurePolicy);
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteMode.Lax, cookie.SameSite);
        Assert.Equal("/", cookie.Path);
    }

    [Fact]
    public async Task WithEntraTheLocalPersonasAreNotOffered()
    {
        using var factory = EntraFactory("Development");
        using var client = factory.CreatePortalClient();

        // Posting a persona is refused: only Entra ID signs users in once it is configured.
        var token = await client.GetAntiforgeryTokenAsync("/resources");
        using var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["persona"] = Personas.Support,
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    public static TheoryData<string, string[], string> Mistakes() => new()
    {
        // environment, settings (key=value), what the refusal must say
        { "Development", ["Database:Provider=Postgres"], "Database:Provider 'Postgres' is not known: use Sqlite (the embedded default) or SqlServer." },
        { "Development", ["Database:Provider=SqlServer", "ConnectionStrings:SqlServer="], "Database:Provider is SqlServer but ConnectionStrings:SqlServer is not set." },
        { "Production", ["AzureAd:ClientId=6e7b5a2c-0000-4000-8000-000000000001"], "Entra ID sign-in is half configured: AzureAd:TenantId is missing while AzureAd:Instance, AzureAd:ClientId are set." },
        { "Development", ["AzureAd:TenantId=11111111-2222-3333-4444-555555555555"], "AzureAd:ClientId is missing" },
        { "Development", ["AzureAd:Instance=", "AzureAd:TenantId=11111111-2222-3333-4444-555555555555", "AzureAd:ClientId=6e7b5a2c-0000-4000-8000-000000000001"], "AzureAd:Instance is missing" },
        { "Production", ["SignIn:Personas=true"], "SignIn:Personas is true in the Production environment." },
        { "Staging", [], "Sign-in is not configured." },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void AConfigurationMistakeStopsTheStartWithAClearMessage(string environment, string[] settings, string message)
    {
        using var factory = new PortalFactory { EnvironmentName = environment };
        foreach (var setting in settings)
        {
            var (key, value) = (setting[..setting.IndexOf('=')], setting[(setting.IndexOf('=') + 1)..]);
            factory.WithSetting(key, value);
        }

        var error = Record.Exception(() => factory.CreatePortalClient());

        Assert.NotNull(error);
        Assert.Contains(message, string.Join(" | ", Flatten(error).Select(e => e.Message)));
    }

    [Fact]
    public async Task OutsideProductionTheDemoPersonasCanBeTurnedOnForABenchmark()
    {
        using var factory = new PortalFactory { EnvironmentName = "Benchmark" }.WithSetting("SignIn:Personas", "true");
        // Outside Development every cookie is Secure: the portal is reached over https.
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri("https://localhost"),
        });
        await client.SignInAsync(Personas.ContosoAdmin);

        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/partners/4100001")).StatusCode);
    }

    [Theory]
    [InlineData("Production", null, true)]
    [InlineData("Production", "smtp.example.com", false)]
    [InlineData("Development", null, false)]
    public void OutsideDevelopmentWithoutAnSmtpHostTheStartWarnsThatMailIsNotSent(string environment, string? smtpHost, bool warned)
    {
        var logs = new LogCapture();
        using var factory = EntraFactory(environment).WithSetting("Email:SmtpHost", smtpHost).CapturingLogs(logs);

        _ = factory.Server;

        Assert.Equal(warned, logs.Events.Any(e => e.Level == Serilog.Events.LogEventLevel.Warning
            && e.MessageTemplate.Text.StartsWith("Email:SmtpHost is not set", StringComparison.Ordinal)));
    }

    internal static PortalFactory EntraFactory(string environment)
    {
        var factory = new PortalFactory { EnvironmentName = environment };
        factory.WithSetting("AzureAd:Instance", "https://login.microsoftonline.com/")
            .WithSetting("AzureAd:TenantId", "11111111-2222-3333-4444-555555555555")
            .WithSetting("AzureAd:ClientId", "6e7b5a2c-0000-4000-8000-000000000001");
        return factory;
    }

    private static IEnumerable<Exception> Flatten(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten))
                {
                    yield return inner;
                }
            }
        }
    }
}
