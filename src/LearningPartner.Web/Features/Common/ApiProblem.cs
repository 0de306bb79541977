using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace LearningPartner.Web.Features.Common;

/// <summary>
/// Issue 20: every answer of the JSON API that is not a success is an RFC 9457 problem (application/problem+json with a title
/// and the status) — whoever produced the status (sign-in, authorization, routing, the rate limiter, the size limit) and
/// whatever the client's Accept header says; never an HTML page.
/// </summary>
public static class ApiProblem
{
    public static bool IsApi(HttpRequest request) => IsApi(request.Path);

    public static bool IsApi(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    public const string ContentType = "application/problem+json";

    /// <summary>The problem for <paramref name="status"/>, titled with its reason phrase.</summary>
    public static ProblemDetails For(int status, string? detail = null) => new()
    {
        Status = status,
        Title = ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error",
        Detail = detail,
    };

    /// <summary>Writes the problem, whatever the request's Accept header asks for.</summary>
    public static Task WriteAsync(HttpContext context, ProblemDetails problem)
    {
        context.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        // As the framework's problems carry it (issue 24): the id a caller quotes to support, the one in the portal's logs.
        problem.Extensions.TryAdd("traceId", System.Diagnostics.Activity.Current?.Id ?? context.TraceIdentifier);
        return context.Response.WriteAsJsonAsync(problem, (JsonSerializerOptions?)null, ContentType);
    }
}
