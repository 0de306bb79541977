using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Identity.Web;

namespace LearningPartner.Web.Startup;

internal static class SignInSetup
{
    public const string SessionCookieName = "__Host-LearningPartner";
    public const string DevelopmentSessionCookieName = "LearningPartner.Session";

    /// <summary>
    /// Entra ID through Microsoft.Identity.Web when AzureAd:ClientId is set; otherwise, in Development
    /// only, the local persona sign-in. Anything else refuses to start and says what to configure.
    /// </summary>
    public static WebApplicationBuilder AddPortalSignIn(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var azureAd = builder.Configuration.GetSection("AzureAd");
        var personas = PersonasAllowed(builder.Configuration, builder.Environment);
        if (IsEntraConfigured(builder.Configuration))
        {
            services.AddAuthentication(OpenIdConnectDefaults.AuthenticationScheme)
                .AddMicrosoftIdentityWebApp(azureAd);
            services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options =>
            {
                // The sign-in response is a cross-site form POST from login.microsoftonline.com: the
                // correlation and nonce cookies must travel with it, so they stay SameSite=None (and Secure).
                options.CorrelationCookie.SameSite = SameSiteMode.None;
                options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.Always;
                options.NonceCookie.SameSite = SameSiteMode.None;
                options.NonceCookie.SecurePolicy = CookieSecurePolicy.Always;
                // A failed Entra sign-in is logged with its error, never with a token.
                options.Events.OnRemoteFailure = context =>
                {
                    context.HttpContext.RequestServices.GetRequiredService<ILogger<SignInMode>>()
                        .LogWarning("Entra ID sign-in failed: {Error}", context.Failure?.Message ?? "unknown");
                    return Task.CompletedTask;
                };
                // An API call without a session gets 401, not a redirect to login.microsoftonline.com.
                var redirect = options.Events.OnRedirectToIdentityProvider;
                options.Events.OnRedirectToIdentityProvider = async context =>
                {
                    if (ApiProblem.IsApi(context.Request))
                    {
                        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                        context.HandleResponse();
                        return;
                    }

                    await redirect(context);
                };
            });
        }
        else if (personas)
        {
            services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
        }
        else
        {
            throw new InvalidOperationException(
                "Sign-in is not configured. Outside the Development environment the portal signs users in with " +
                "Microsoft Entra ID: set AzureAd:Instance (https://login.microsoftonline.com/), AzureAd:TenantId, " +
                "AzureAd:ClientId and AzureAd:ClientCredentials (or AzureAd:ClientSecret), e.g. as environment " +
                "variables AzureAd__TenantId and AzureAd__ClientId. See docs/operations.md. The local demo personas " +
                "are only offered in Development, or with SignIn:Personas=true in a test or benchmark environment, never in Production.");
        }

        services.Configure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, options =>
        {
            var development = builder.Environment.IsDevelopment();
            // __Host- needs Secure; Development runs on plain http, so it keeps an ordinary name there.
            options.Cookie.Name = development ? DevelopmentSessionCookieName : SessionCookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.Cookie.Path = "/";
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/account/access-denied";
            // Idle timeout: the cookie expires after the idle time, renewed by use (sliding); the absolute timeout is checked
            // on every request against the session's start (SessionLifetime).
            options.ExpireTimeSpan = TimeSpan.FromMinutes(Math.Max(1, builder.Configuration.GetValue(
                $"{PortalSessionOptions.SectionName}:{nameof(PortalSessionOptions.IdleMinutes)}", new PortalSessionOptions().IdleMinutes)));
            options.SlidingExpiration = true;
            options.Events.OnSigningIn = SessionLifetime.OnSigningIn;
            options.Events.OnValidatePrincipal = SessionLifetime.OnValidatePrincipal;
            options.Events.OnSigningOut = SessionLifetime.OnSigningOut;
            // The JSON API answers 401 and 403; only pages redirect to sign in.
            options.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        });

        services.Configure<PortalSessionOptions>(builder.Configuration.GetSection(PortalSessionOptions.SectionName));
        services.AddAntiforgery(options =>
        {
            var development = builder.Environment.IsDevelopment();
            options.Cookie.Name = development ? "LearningPartner.Antiforgery" : "__Host-LearningPartner.Antiforgery";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(options =>
        {
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, LoggingAuthorizationResultHandler>();
        services.AddSingleton(new SignInMode(IsEntraConfigured(builder.Configuration)));
        services.AddSingleton(HomeTenant.Resolve(builder.Configuration, IsEntraConfigured(builder.Configuration)));
        services.AddScoped<EntraClaimsMapper>();
        services.AddScoped<IClaimsTransformation, PortalClaimsTransformation>();
        return builder;
    }

    private static Task ApiAwareRedirect(RedirectContext<CookieAuthenticationOptions> context, int apiStatusCode)
    {
        if (ApiProblem.IsApi(context.Request))
        {
            context.Response.StatusCode = apiStatusCode;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    public static bool IsEntraConfigured(IConfiguration configuration)
    {
        // Half a configuration would start, then fail at the first sign-in: refuse it now, naming what is missing.
        // The tenant and the client decide; the instance has a default (appsettings.json) but must not be blanked.
        string[] required = ["Instance", "TenantId", "ClientId"];
        var missing = required.Where(k => string.IsNullOrWhiteSpace(configuration[$"AzureAd:{k}"])).ToList();
        if (missing.Count == 0)
        {
            return true;
        }

        if (!missing.Contains("TenantId") || !missing.Contains("ClientId"))
        {
            throw new InvalidOperationException(
                $"Entra ID sign-in is half configured: {string.Join(", ", missing.Select(k => "AzureAd:" + k))} "
                + $"{(missing.Count == 1 ? "is" : "are")} missing while {string.Join(", ", required.Except(missing).Select(k => "AzureAd:" + k))} "
                + $"{(required.Length - missing.Count == 1 ? "is" : "are")} set. Set all of AzureAd:Instance, AzureAd:TenantId and AzureAd:ClientId, "
                + "or none of them. See docs/operations.md.");
        }

        return false;
    }

    /// <summary>
    /// The local demo personas sign anyone in as any role: offered in Development (unless Entra is configured), in another
    /// non-production environment only when SignIn:Personas is true (e.g. a benchmark), and never in Production.
    /// </summary>
    private static bool PersonasAllowed(IConfiguration configuration, IHostEnvironment environment)
    {
        var setting = configuration.GetValue<bool?>("SignIn:Personas");
        if (setting == true && environment.IsProduction())
        {
            throw new InvalidOperationException(
                "SignIn:Personas is true in the Production environment. The local demo personas let anyone sign in with any role; "
                + "they are never allowed in Production. Remove the setting and configure Entra ID (AzureAd:*), see docs/operations.md.");
        }

        return setting ?? environment.IsDevelopment();
    }
}
