using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Features.Error;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace LearningPartner.Web.Controllers;

/// <summary>
/// Friendly error pages: unhandled exceptions (outside Development) and status codes; for a request to the JSON API, a problem
/// response instead (<see cref="ApiProblem"/>).
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    [Route("/error")]
    public IActionResult ServerError() => ErrorView(StatusCodes.Status500InternalServerError);

    /// <remarks>
    /// No action parameter: binding one would read the request's form, and a status page re-executed for a POST whose form
    /// could not be read (too large, gzip-encoded) would fail again and end in a 500 (issue 20).
    /// </remarks>
    [Route("/error/{statusCode:int}")]
    public IActionResult Status() =>
        ErrorView(int.TryParse(RouteData.Values["statusCode"] as string, out var statusCode) && statusCode is >= 400 and < 600 ? statusCode : 500);

    private IActionResult ErrorView(int statusCode)
    {
        var originalPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        if (originalPath is not null && ApiProblem.IsApi(new PathString(originalPath)))
        {
            return new ApiProblemResult(ApiProblem.For(statusCode));
        }

        Response.StatusCode = statusCode;
        // The request's id: every log entry of the request carries it as RequestId, so support finds them from the page.
        var model = new ErrorViewModel(statusCode, HttpContext.TraceIdentifier);
        return View("Error", model);
    }

    /// <summary>The problem written as JSON whatever the Accept header says (no content negotiation).</summary>
    private sealed class ApiProblemResult(ProblemDetails problem) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) => ApiProblem.WriteAsync(context.HttpContext, problem);
    }
}
