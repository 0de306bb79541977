using System.Net;
using LearningPartner.FunctionalTests.Support;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartner.FunctionalTests.Access;

/// <summary>
/// Issue 11: the write side of the access matrix. Each route gets a portal of its own, so that a post that reaches its
/// action (a retired trainer, a taken case) cannot change what the next route's row expects.
/// </summary>
public sealed class WriteAccessMatrixTests
{
    [Theory]
    [MemberData(nameof(WriteAccessMatrix.Cases), MemberType = typeof(WriteAccessMatrix))]
    public async Task EachPersonaGetsTheExpectedAnswerToAPost(string routePattern, string url)
    {
        var row = WriteAccessMatrix.Rows.Single(r => r.RoutePattern == routePattern && r.Url == url);
        using var factory = new PortalFactory();
        var answers = new List<string>();
        for (var i = 0; i < AccessMatrix.PersonaColumns.Length; i++)
        {
            using var client = await factory.SignedInClientAsync(AccessMatrix.PersonaColumns[i]);
            var token = await client.GetAntiforgeryTokenAsync("/resources");
            var fields = row.Form.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(f => f.Split('='))
                .Select(f => new KeyValuePair<string, string>(f[0], f[1])).Append(new("__RequestVerificationToken", token));
            using var response = await client.PostAsync(url, new FormUrlEncodedContent(fields));
            answers.Add($"{AccessMatrix.PersonaColumns[i] ?? "anonymous"}: {Outcome(response)}");
        }

        Assert.Equal(AccessMatrix.PersonaColumns.Select((p, i) => $"{p ?? "anonymous"}: {row.Expected[i]}"), answers);
    }

    [Fact]
    public void EveryPostRouteIsInTheMatrix()
    {
        using var factory = new PortalFactory();
        var patterns = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ControllerActionDescriptor>() is not null)
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>() is { } methods && methods.HttpMethods.Contains("POST"))
            .Select(e => e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct()
            .ToList();
        var covered = WriteAccessMatrix.Rows.Select(r => r.RoutePattern).ToHashSet();

        var missing = patterns.Where(p => !covered.Contains(p)).ToList();

        Assert.True(missing.Count == 0, "POST routes without a row in the write access matrix: " + string.Join(", ", missing));
    }

    /// <summary>What a post's answer means for access: refused how, or reached.</summary>
    private static Expect Outcome(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        return response.StatusCode switch
        {
            HttpStatusCode.Redirect when location.Contains("/account/sign-in?", StringComparison.Ordinal) => Expect.SignIn,
            HttpStatusCode.Redirect when location.Contains("/account/access-denied", StringComparison.Ordinal) => Expect.Denied,
            HttpStatusCode.Forbidden => Expect.Denied,
            HttpStatusCode.Unauthorized => Expect.Unauthorized,
            HttpStatusCode.NotFound => Expect.NotFound,
            _ => Expect.Reached,
        };
    }
}
