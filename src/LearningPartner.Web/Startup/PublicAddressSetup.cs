using LearningPartner.Infrastructure.Email;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace LearningPartner.Web.Startup;

/// <summary>
/// Issue 20.8: no redirect or link is built from the Host header of a request, which the client chooses. Redirects are
/// relative paths (the browser resolves them against the address it used); what must be absolute — a link in an email,
/// the return addresses registered in Entra ID, the OpenAPI document's server — comes from <c>PublicBaseUrl</c>.
/// </summary>
internal static class PublicAddressSetup
{
    public const string Key = "PublicBaseUrl";

    public static WebApplicationBuilder AddPortalPublicAddress(this WebApplicationBuilder builder)
    {
        var baseUrl = Parse(builder.Configuration[Key]);
        var services = builder.Services;
        services.Configure<PublicAddressOptions>(o => o.BaseUrl = baseUrl);

        // The cookie handler builds its sign-in and access-denied redirects as scheme://Host/path: they become the path.
        services.PostConfigure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, o =>
        {
            o.Events.OnRedirectToLogin = Relative(o.Events.OnRedirectToLogin);
            o.Events.OnRedirectToAccessDenied = Relative(o.Events.OnRedirectToAccessDenied);
        });

        // Entra ID compares these with the registered redirect URIs; without a base URL they are built from the request,
        // whose Host outside Development is one of AllowedHosts.
        if (baseUrl is not null)
        {
            services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o =>
            {
                var signIn = o.Events.OnRedirectToIdentityProvider;
                o.Events.OnRedirectToIdentityProvider = async context =>
                {
                    await signIn(context);
                    context.ProtocolMessage.RedirectUri = Absolute(baseUrl, context.Options.CallbackPath);
                };
                var signOut = o.Events.OnRedirectToIdentityProviderForSignOut;
                o.Events.OnRedirectToIdentityProviderForSignOut = async context =>
                {
                    await signOut(context);
                    context.ProtocolMessage.PostLogoutRedirectUri = Absolute(baseUrl, context.Options.SignedOutCallbackPath);
                };
            });
        }

        return builder;
    }

    /// <summary>
    /// The OpenAPI document's server: the public base URL, or none (which OpenAPI reads as the document's own origin)
    /// instead of ASP.NET Core's, taken from the request's Host.
    /// </summary>
    public static Task NameTheServer(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var baseUrl = context.ApplicationServices.GetRequiredService<IOptions<PublicAddressOptions>>().Value.BaseUrl;
        document.Servers = baseUrl is null ? [] : [new OpenApiServer { Url = baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') }];
        return Task.CompletedTask;
    }

    /// <summary>Outside Development without a base URL: said once at start, with what it costs and what to set.</summary>
    public static void WarnWhenPublicAddressIsMissing(this WebApplication app)
    {
        if (app.Environment.IsDevelopment() || app.Services.GetRequiredService<IOptions<PublicAddressOptions>>().Value.BaseUrl is not null)
        {
            return;
        }

        app.Logger.LogWarning(
            "PublicBaseUrl is not set: the links in emailed partner notices are paths without the portal's address, and the Entra ID sign-in's return address is taken from each request. Set PublicBaseUrl to the address users reach the portal by, e.g. PublicBaseUrl=https://portal.example.com (docs/operations.md, host names and the public address)");
    }

    private static Func<RedirectContext<CookieAuthenticationOptions>, Task> Relative(Func<RedirectContext<CookieAuthenticationOptions>, Task> inner) =>
        context =>
        {
            // Exactly the prefix the handler put before the path (AuthenticationHandler.BuildRedirectUri).
            var origin = context.Request.Scheme + Uri.SchemeDelimiter + context.Request.Host;
            if (context.RedirectUri.StartsWith(origin + "/", StringComparison.Ordinal))
            {
                context.RedirectUri = context.RedirectUri[origin.Length..];
            }

            return inner(context);
        };

    private static string Absolute(Uri baseUrl, PathString path) => baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + path.Value;

    private static Uri? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0
            ? uri
            : throw new InvalidOperationException(
                $"{Key} is '{value}', which is not an address users can reach the portal by. Set the scheme and host name (and the path, if "
                + $"the portal is served under one), e.g. {Key}=https://portal.example.com. See docs/operations.md.");
    }
}
