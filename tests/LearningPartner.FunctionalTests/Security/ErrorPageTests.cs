using System.Net;
using System.Text.RegularExpressions;
using LearningPartner.Application.Common;
using LearningPartner.FunctionalTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LearningPartner.FunctionalTests.Security;

/// <summary>
/// Issue 11 (ASVS V16): outside Development an unexpected failure shows a generic page with a reference — the one in the
/// logged error — and nothing of the error itself.
/// </summary>
public sealed partial class ErrorPageTests
{
    [Fact]
    public async Task AnUnexpectedFailureShowsAGenericPageWithTheReferenceOfItsLogEntry()
    {
        var errors = new LogCapture();
        using var factory = new FailingFactory(errors) { EnvironmentName = "Benchmark" };
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        await client.SignInAsync(Personas.ContosoAdmin);

        using var response = await client.GetAsync("/partners/4100001");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong", html);
        Assert.DoesNotContain("The user-to-partner table is unreachable", html);
        Assert.DoesNotContain("InvalidOperationException", html);
        Assert.DoesNotContain(" at ", html.Replace(" at the ", string.Empty, StringComparison.Ordinal)); // no stack trace
        var reference = Reference().Match(html).Groups[1].Value;
        // Logged (by the exception handler and the request log) with the request id the page gives as its reference.
        var logged = errors.Errors.Where(e => e.Exception?.Message == "The user-to-partner table is unreachable").ToList();
        Assert.NotEmpty(logged);
        Assert.All(logged, e => Assert.Equal($"\"{reference}\"", e.Properties["RequestId"].ToString()));
    }

    [GeneratedRegex("· reference ([0-9A-Za-z:]+)<")]
    private static partial Regex Reference();

    /// <summary>A non-Development portal (demo personas switched on) whose user-to-partner lookup fails.</summary>
    private sealed class FailingFactory(LogCapture errors) : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            WithSetting("SignIn:Personas", "true");
            CapturingLogs(errors);
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<IPartnerUserLookup>();
                services.AddScoped<IPartnerUserLookup, UnreachableLookup>();
            });
        }
    }

    private sealed class UnreachableLookup : IPartnerUserLookup
    {
        public Task<IReadOnlyList<PartnerMembership>> FindAsync(string tenantId, string objectId, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The user-to-partner table is unreachable");
    }
}
