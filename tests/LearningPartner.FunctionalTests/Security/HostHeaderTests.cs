using System.Net;
using LearningPartner.FunctionalTests.Platform;
using LearningPartner.FunctionalTests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LearningPartner.FunctionalTests.Security;

/// <summary>
/// Issue 20.8: the Host header is the client's to choose. Outside Development only the configured host names are
/// answered; nowhere is a redirect or a link built from the Host a request names.
/// </summary>
public sealed class HostHeaderTests
{
    private const string Evil = "evil.example";

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
