using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace LearningPartner.Web.Startup;

/// <summary>
/// Behind a load balancer that ends TLS (docs/operations.md): the client's address and scheme come from
/// <c>X-Forwarded-For</c>/<c>X-Forwarded-Proto</c>, trusted only from the addresses in <c>ForwardedHeaders:KnownProxies</c>.
/// Without the setting nothing forwarded is trusted: anyone could otherwise choose the address the rate limits count by.
/// </summary>
internal static class ForwardedHeadersSetup
{
    public const string KnownProxiesKey = "ForwardedHeaders:KnownProxies";

    public static IServiceCollection AddPortalForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = KnownProxies(configuration);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
            foreach (var proxy in proxies)
            {
                o.KnownProxies.Add(proxy);
            }
        });
        return services;
    }

    /// <summary>First in the pipeline when proxies are configured, so every later step sees the client's address and scheme.</summary>
    public static WebApplication UsePortalForwardedHeaders(this WebApplication app)
    {
        if (KnownProxies(app.Configuration).Count > 0)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }

    private static List<IPAddress> KnownProxies(IConfiguration configuration)
    {
        var values = configuration.GetSection(KnownProxiesKey).Get<string[]>() ?? [];
        var proxies = new List<IPAddress>();
        foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)))
        {
            if (!IPAddress.TryParse(value.Trim(), out var address))
            {
                throw new InvalidOperationException(
                    $"{KnownProxiesKey} holds '{value}', which is not an IP address: list the load balancers' addresses. See docs/operations.md.");
            }

            proxies.Add(address);
        }

        return proxies;
    }
}
