using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace LearningPartner.Web.Features.Common;

/// <summary>
/// An action that takes a form with a file (issue 20). A file's own limit (5 MB for a document, 10 MB for an import) is checked
/// by the form's validator or use case, which shows the form again with the message beside the file field and everything else
/// the user typed kept. So the request may be far larger than any file limit — a 50 MB file is read (buffered to disk, not
/// memory) and answered beside its field — and only a body over <see cref="MaxRequestBytes"/> is refused outright, with 413
/// and the error page's "too large" answer, before anything reads it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UploadFormAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public const long MaxRequestBytes = 100L * 1024 * 1024;

    private static readonly FormOptions Limits = new() { MultipartBodyLengthLimit = MaxRequestBytes };

    /// <summary>Before the antiforgery check, the first to read the form.</summary>
    public int Order => -3000;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (http.Request.ContentLength > MaxRequestBytes)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
            return;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = MaxRequestBytes;
        }

        if (http.Features.Get<IFormFeature>()?.Form is null)
        {
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, Limits));
        }
    }
}
