using Microsoft.AspNetCore.HostFiltering;

namespace LearningPartner.Web.Startup;

/// <summary>
/// Issue 20.8: the Host header is the client's to choose. Outside Development the portal answers only the host names in
/// <c>AllowedHosts</c> (ASP.NET Core's host filtering, first in the pipeline, answers any other with 400), so it refuses to
/// start when the setting is missing or lets every host through (<c>*</c>). Development answers any host (localhost,
/// a container's name, a phone on the LAN); there no link or redirect is built from the Host header either.
/// </summary>
internal static class AllowedHostsSetup
{
    public const string Key = "AllowedHosts";

    public static WebApplicationBuilder RequireAllowedHosts(this WebApplicationBuilder builder)
    {
        if (builder.Environment.IsDevelopment())
        {
            return builder;
        }

        var hosts = (builder.Configuration[Key] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        if (hosts.Length == 0 || hosts.Contains("*"))
        {
            throw new InvalidOperationException(
                $"{Key} is {(hosts.Length == 0 ? "not set" : $"'{builder.Configuration[Key]}', which lets any host through")}. Outside the Development "
                + "environment the portal answers only the host names it is reached by, so a request cannot choose the host it is served for. "
                + $"Set {Key} to the portal's host names, separated by ';', e.g. {Key}=portal.example.com (the environment variable has the "
                + "same name), including the name the load balancer's health probe sends. See docs/operations.md.");
        }

        // The list as checked, spaces trimmed: ASP.NET Core would otherwise compare " b.example.com" with the host.
        builder.Services.Configure<HostFilteringOptions>(o => o.AllowedHosts = hosts);
        return builder;
    }
}
