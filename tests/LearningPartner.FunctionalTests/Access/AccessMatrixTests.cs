using System.Net;
using LearningPartner.FunctionalTests.Support;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartner.FunctionalTests.Access;

public sealed class AccessMatrixTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [MemberData(nameof(AccessMatrix.Cases), MemberType = typeof(AccessMatrix))]
    public async Task PersonaGetsTheExpectedAnswer(string url, string? persona, Expect expected)
    {
        using var client = await factory.SignedInClientAsync(persona);

        using var response = await client.GetAsync(url);

        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        switch (expected)
        {
            case Expect.Ok:
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                break;
            case Expect.SignIn:
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith("/account/sign-in?ReturnUrl=", location);
                break;
            case Expect.Unauthorized:
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
                Assert.Empty(location);
                break;
            case Expect.Denied:
                if (response.StatusCode == HttpStatusCode.Redirect)
                {
                    Assert.StartsWith("/account/access-denied", location);
                }
                else
                {
                    Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
                }

                break;
            case Expect.NotFound:
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                break;
            case Expect.Redirect:
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                break;
            case Expect.ServerError:
                Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
                break;
        }
    }

    [Fact]
    public void EveryGetRouteIsInTheMatrix()
    {
        var patterns = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ControllerActionDescriptor>() is not null)
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains("GET"))
            .Select(e => e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct()
            .ToList();
        var covered = AccessMatrix.Rows.Select(r => r.RoutePattern).ToHashSet();

        var missing = patterns.Where(p => !covered.Contains(p)).ToList();

        Assert.True(missing.Count == 0, "GET routes without a row in the access matrix: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData(Personas.ContosoUser, "/partners/4100001")]
    [InlineData(Personas.ContosoAdmin, "/partners/4100001")]
    [InlineData(Personas.FabrikamAdmin, "/partners/4100002")]
    [InlineData(Personas.NorthwindAccountAdmin, "/partners/4100003")]
    [InlineData(Personas.Support, "/staff/partners")]
    [InlineData(Personas.Editor, "/staff/partners")]
    public async Task AfterSignInEachPersonaLandsOnItsOwnPage(string persona, string landing)
    {
        using var client = await factory.SignedInClientAsync(persona);

        using var response = await client.GetAsync("/dashboard");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(landing, response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(landing)).StatusCode);
    }
}
