using LearningPartner.Application.FactImports;
using LearningPartner.Domain.FactImports;
using LearningPartner.Web.Features.Common;
using LearningPartner.Web.Identity;
using LearningPartner.Web.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace LearningPartner.Web.Controllers;

/// <summary>
/// Support staff import an MCT roster or exam results to verify trainer and exam facts in bulk (R-MCT-1): upload, preview,
/// commit, history — as invoice imports do.
/// </summary>
[Route("staff/fact-imports")]
[Authorize(Policy = PortalPolicies.SupportStaff)]
public sealed class FactImportsController(FactImportService imports, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await imports.ListAsync(cancellationToken));

    /// <summary>The documented sample roster (docs/trainer-and-exam-imports.md).</summary>
    [HttpGet("mct-roster-sample.csv")]
    public IActionResult RosterSample() => Sample("mct-roster.csv");

    /// <summary>The documented sample exam results (docs/trainer-and-exam-imports.md).</summary>
    [HttpGet("exam-results-sample.csv")]
    public IActionResult ExamSample() => Sample("exam-results.csv");

    [EnableRateLimiting(RateLimitSetup.Imports)]
    [HttpPost("mct-roster")]
    [UploadForm]
    public Task<IActionResult> UploadRoster(IFormFile? file, CancellationToken cancellationToken) =>
        UploadAsync(FactImportKind.MctRoster, file, cancellationToken);

    [EnableRateLimiting(RateLimitSetup.Imports)]
    [HttpPost("exam-results")]
    [UploadForm]
    public Task<IActionResult> UploadExamResults(IFormFile? file, CancellationToken cancellationToken) =>
        UploadAsync(FactImportKind.ExamResults, file, cancellationToken);

    [HttpGet("{importId:int}")]
    public async Task<IActionResult> Preview(int importId, CancellationToken cancellationToken)
    {
        var model = await imports.GetAsync(importId, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [EnableRateLimiting(RateLimitSetup.Imports)]
    [HttpPost("{importId:int}/commit")]
    public async Task<IActionResult> Commit(int importId, Guid version, CancellationToken cancellationToken) =>
        this.QueueOutcome(await imports.CommitAsync(importId, version, cancellationToken),
            localizer["The import was committed."], localizer, nameof(Preview), new { importId });

    private async Task<IActionResult> UploadAsync(FactImportKind kind, IFormFile? file, CancellationToken cancellationToken)
    {
        var result = await imports.PreviewAsync(kind, UploadedFiles.From(file), cancellationToken);
        if (!result.IsDone)
        {
            // The refusal is shown beside the form of the file it concerns.
            ModelState.AddRefusal(result.Refusal!, localizer, prefix: kind.ToString());
            return View(nameof(Index), await imports.ListAsync(cancellationToken));
        }

        return RedirectToAction(nameof(Preview), new { importId = result.Value });
    }

    private FileStreamResult Sample(string name) =>
        File(typeof(FactImportsController).Assembly.GetManifestResourceStream($"Samples.{name}")!, "text/csv; charset=utf-8", $"sample-{name}");
}
